namespace TutorBot.Host.Bot.Lessons;

/// <summary>Replies several lesson commands share.</summary>
internal static class LessonReplies
{
    public const string NoExerciseOpen = "No exercise is open right now. Start or resume a lesson with /lesson and its number; /lessons lists them.";
}

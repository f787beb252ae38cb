using Microsoft.Extensions.AI;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Progress;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Tutoring;

/// <summary>Where the student is in the course when they ask: the tutor sees it, never the open exercise's answer.</summary>
/// <param name="Lesson">The open lesson; null when none is.</param>
/// <param name="Exercise">Its open exercise, as the student sees it (no answer in it).</param>
public sealed record TutorFocus(LessonRefDto? Lesson, ExerciseDto? Exercise)
{
    public static readonly TutorFocus None = new(null, null);

    /// <summary>
    /// The focus of the student's open attempt (loaded untracked); <see cref="None"/> without one or when its lesson left
    /// the course. Exercises that left the course are skipped as <c>GetOpenExercise</c> skips them, so that the tutor
    /// hides the exercise the student is really on.
    /// </summary>
    internal static TutorFocus Of(Course course, LessonAttempt? attempt)
    {
        if (attempt is null || course.FindLesson(attempt.LessonId) is not { } lesson)
        {
            return None;
        }

        attempt.SkipRemovedExercises(lesson);
        return new TutorFocus(CourseProgress.LessonRef(course, lesson), CourseProgress.OpenExercise(attempt, lesson));
    }
}

/// <summary>
/// What the model is sent for a question: the tutor's instructions with the student's lesson and open exercise, then
/// the most recent messages of their stored conversation that fit <see cref="AiOptions.ContextBudget"/>, oldest
/// first, then the question.
/// </summary>
public static class TutorPrompt
{
    public static IReadOnlyList<ChatMessage> Build(TutorFocus focus, IReadOnlyList<ContextMessageDto> context, string question, int budget)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(question);

        // The question is usually stored already, as the newest message: it is sent once, last.
        var stored = context.Count > 0 && context[^1].Role == MessageRole.User && context[^1].Text == question
            ? context.Take(context.Count - 1)
            : context;
        var earlier = new List<ChatMessage>();
        var left = budget - question.Length;
        foreach (var message in stored.Reverse())
        {
            left -= message.Text.Length;
            if (left < 0)
            {
                break;
            }

            earlier.Add(new ChatMessage(message.Role == MessageRole.Assistant ? ChatRole.Assistant : ChatRole.User, message.Text));
        }

        earlier.Reverse();
        return [new ChatMessage(ChatRole.System, Instructions(focus)), .. earlier, new ChatMessage(ChatRole.User, question)];
    }

    private static string Instructions(TutorFocus focus)
    {
        var text = new System.Text.StringBuilder(
            """
            You are TutorBot, a patient maths tutor in a Telegram chat, teaching a pre-algebra course.
            Answer the student's last message in plain text (no Markdown, no HTML), in short paragraphs, in at most about
            200 words. Explain step by step and check understanding with a small question when it helps. If the question
            is not about maths or learning, answer briefly and steer back to the course.
            """);
        if (focus.Lesson is { } lesson)
        {
            text.Append("\nThe student is in lesson ").Append(lesson.Number).Append(". ").Append(lesson.Title).Append('.');
        }

        if (focus.Exercise is { } exercise)
        {
            text.Append("\nTheir open exercise (").Append(exercise.Position).Append(" of ").Append(exercise.Count).Append("): ")
                .Append(exercise.Prompt);
            if (exercise.Options.Count > 0)
            {
                text.Append(" Options: ").Append(string.Join("; ", exercise.Options)).Append('.');
            }

            text.Append("\nHelp them think it through, but never give or confirm the exercise's answer: they must find it.");
        }

        return text.ToString();
    }
}

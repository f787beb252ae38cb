namespace TutorBot.Application.Tutoring;

/// <summary>
/// The tutor's models are <c>Microsoft.Extensions.AI</c> <c>IChatClient</c>s, registered as keyed services under
/// these names. The offline tutor is always there, to answer when the configured model cannot.
/// </summary>
public static class TutorModels
{
    /// <summary>The offline tutor: answers from the course (<see cref="ICourseSearch"/>).</summary>
    public const string Offline = "offline";

    /// <summary>The OpenAI-compatible model of <see cref="AiOptions"/>, with its HTTP resilience; only when configured.</summary>
    public const string OpenAI = "openai";

    /// <summary>
    /// <c>ChatOptions.AdditionalProperties</c> key: the open exercise, as "lessonId/exerciseId", whose own text (with its
    /// answer) the offline tutor must not quote.
    /// </summary>
    public const string HiddenExercise = "tutorbot-hidden-exercise";
}

namespace TutorBot.Application.Tutoring;

/// <summary>
/// The tutor's models are <c>Microsoft.Extensions.AI</c> <c>IChatClient</c>s: the configured one is the unkeyed
/// service; the offline tutor is also registered under <see cref="Offline"/>, to answer when the model cannot.
/// </summary>
public static class TutorModels
{
    public const string Offline = "offline";
}

namespace TutorBot.Host.Tests.Tutoring;

/// <summary>What the students see of the offline tutor, the default.</summary>
internal static class OfflineTutorText
{
    /// <summary>Every offline answer starts so: it is honest about having no model behind it.</summary>
    public const string AnswerStart = "Offline tutor (no AI model connected)";

    /// <summary>How an answer starts when the offline tutor stands in for a configured model that failed.</summary>
    public const string UnavailableNote = "(The AI tutor is not answering right now, so the offline tutor answers instead.)";
}

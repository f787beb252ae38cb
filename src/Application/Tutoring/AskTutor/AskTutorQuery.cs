using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Tutoring.AskTutor;

/// <summary>
/// The tutor's answer to a student's question, with their stored conversation and current lesson in view. A query:
/// it stores nothing and holds no transaction while the model thinks; <c>RecordTutorAnswer</c> stores the question and
/// the answer after. A question already stored as the newest message is sent once, last. A student not registered
/// yet (their first message is a question) has an empty conversation.
/// </summary>
/// <param name="Focus">
/// Where the student is, when the caller has just read it (<c>GetTutorFocus</c>, as the router does to decide that free
/// text is a question); null reads it here.
/// </param>
public sealed record AskTutorQuery(long StudentId, string Question, TutorFocus? Focus = null) : IQuery<TutorAnswerDto>;

public enum TutorSource
{
    /// <summary>The configured model answered.</summary>
    Model,

    /// <summary>The offline tutor answered: configured so, or standing in for the model (see the answer's note).</summary>
    Offline,
}

/// <param name="Text">What to send and store; within <c>Limits:MaxMessageLength</c>.</param>
/// <param name="InputTokens">As the model reported them; 0 for the offline tutor.</param>
public sealed record TutorAnswerDto(string Text, TutorSource Source, long InputTokens, long OutputTokens);

using System.Linq.Expressions;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Students;

namespace TutorBot.Application.Students;

/// <summary>What an operator sees of one student.</summary>
/// <param name="StoredMessages">Messages currently kept in the conversation window.</param>
/// <param name="TotalMessages">Messages ever written in the conversation, including trimmed and cleared ones.</param>
/// <param name="FirstActivityUtc">When the student first wrote (registration).</param>
/// <param name="LastActivityUtc">When the student last wrote or was written to.</param>
public sealed record StudentActivityDto(
    long StudentId,
    string DisplayName,
    int StoredMessages,
    long TotalMessages,
    DateTime FirstActivityUtc,
    DateTime LastActivityUtc)
{
    /// <summary>One SQL projection for every query that reports student activity.</summary>
    internal static Expression<Func<Student, StudentActivityDto>> From(IQueryable<ConversationMessage> messages) =>
        s => new StudentActivityDto(
            s.Id,
            s.DisplayName,
            messages.Count(m => m.StudentId == s.Id),
            s.LastMessageSequence,
            s.CreatedAtUtc,
            s.LastSeenAtUtc);
}

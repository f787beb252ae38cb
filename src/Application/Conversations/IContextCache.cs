using TutorBot.Application.Conversations.GetContext;

namespace TutorBot.Application.Conversations;

/// <summary>
/// Read-through cache of <see cref="GetContextQuery"/> results, keyed by student and limit. Writers call
/// <see cref="Invalidate"/> once their transaction has committed (<see cref="Common.Interfaces.IDatabaseTransactions.AfterCommit"/>).
/// </summary>
/// <remarks>
/// A reader that read the rows before a writer committed must not store them after the writer invalidated: the
/// reader takes <see cref="VersionOf"/> before it reads and hands it to <see cref="Store"/>, which drops the value when
/// the student was invalidated meanwhile.
/// </remarks>
public interface IContextCache
{
    bool TryGet(long studentId, int? limit, out ConversationContextDto context);

    /// <summary>The student's current version; take it before reading the rows that will be passed to <see cref="Store"/>.</summary>
    long VersionOf(long studentId);

    /// <summary>Stores the context unless the student was invalidated since <paramref name="version"/> was taken.</summary>
    void Store(long studentId, int? limit, ConversationContextDto context, long version);

    /// <summary>Forgets every cached context of the student, whatever its limit.</summary>
    void Invalidate(long studentId);
}

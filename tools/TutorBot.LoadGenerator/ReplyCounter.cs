using TutorBot.FakeTelegram;

namespace TutorBot.LoadGenerator;

/// <summary>
/// Counts the bot's messages to a range of chats as the fake accepts them, to know without polling when every
/// chat has had all its replies. The figures themselves are computed afterwards from the fake's recordings.
/// </summary>
internal sealed class ReplyCounter(long firstChatId, int chats, int repliesPerChat)
{
    private readonly int[] _counts = new int[chats];
    private readonly TaskCompletionSource _allReplied = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _completeChats;

    public Task AllReplied => _allReplied.Task;

    /// <summary>Runs on the fake's request thread for each accepted sendMessage: kept to two interlocked adds.</summary>
    public void OnSent(SentMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var index = message.ChatId - firstChatId;
        if (index < 0 || index >= _counts.Length)
        {
            return;
        }

        if (Interlocked.Increment(ref _counts[index]) == repliesPerChat && Interlocked.Increment(ref _completeChats) == _counts.Length)
        {
            _allReplied.TrySetResult();
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using TutorBot.FakeTelegram;

namespace TutorBot.Soak.Tests;

/// <param name="HeapBytes">Managed heap after a forced full, compacting collection: the whole test process.</param>
/// <param name="FakeBytes">
/// What the in-process fake Bot API keeps of every reply, call and update it recorded (an estimate from the recorded
/// strings plus a fixed size per record): it grows with the run by design and is not the bot's.
/// </param>
internal sealed record MemorySample(
    TimeSpan At,
    int Offered,
    int Answered,
    int Sent,
    long HeapBytes,
    long FakeBytes,
    long WorkingSetBytes,
    long FileBytes,
    long Messages,
    long Inbox,
    long Outbox,
    int PurgedUpdates,
    int PurgedMessages)
{
    public const string Header =
        "| t (s) | offered | answered | replies sent | heap MB | fake's records MB | bot heap MB | working set MB | db+wal MB | ConversationMessages | InboxUpdates | OutboxMessages | purged updates / messages |";

    public const string Rule = "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    /// <summary>The heap without the fake's records: what the bot and the test's own small state hold.</summary>
    public long BotHeapBytes => HeapBytes - FakeBytes;

    public static long MeasureHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes;
    }

    public static long MeasureWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public static long FakeRecords(FakeBotApi fake)
    {
        const long SentRecord = 128;
        const long CallRecord = 112;
        const long OfferedRecord = 56;
        var bytes = 0L;
        foreach (var message in fake.Sent)
        {
            bytes += SentRecord + StringBytes(message.Text) + StringBytes(message.ParseMode) + StringBytes(message.ReplyMarkupJson);
        }

        return bytes + (fake.Calls.Count * CallRecord) + (fake.Offered.Count * OfferedRecord);
    }

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {At.TotalSeconds:0.0} | {Offered} | {Answered} | {Sent} | {Mb(HeapBytes)} | {Mb(FakeBytes)} | {Mb(BotHeapBytes)} | {Mb(WorkingSetBytes)} | {Mb(FileBytes)} | {Messages} | {Inbox} | {Outbox} | {PurgedUpdates} / {PurgedMessages} |");

    private static long StringBytes(string? text) => text is null ? 0 : 24 + (2L * text.Length);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
}

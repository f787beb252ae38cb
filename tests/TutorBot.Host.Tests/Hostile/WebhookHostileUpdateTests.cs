using System.Globalization;
using System.Net;
using FsCheck;
using FsCheck.Fluent;
using TutorBot.Domain.Conversations;
using TutorBot.Host.Tests.Telegram.EndToEnd;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace TutorBot.Host.Tests.Hostile;

/// <summary>
/// Malformed and hostile bodies posted to the webhook of the real bot (webhook mode, fake Bot API, a real database file).
/// Each gets the status the webhook promises, leaves no inbox row pending, stores nothing for anyone else, and the bot
/// still answers the next student. One bot for the fixture.
/// </summary>
public sealed class WebhookHostileUpdateTests
{
    private const long SeededStudent = 4242;

    private HostileWebhook _webhook = null!;
    private string _seeded = null!;
    private long _probe = 500_000;

    [OneTimeSetUp]
    public async Task StartBotAndSeedAStudent()
    {
        _webhook = await HostileWebhook.StartAsync();
        _webhook.Scenario.Fake.SendText(SeededStudent, "what is a common denominator?", fromUserId: SeededStudent);
        await _webhook.Scenario.Fake.WaitForSentAsync(sent => sent.Any(s => s.ChatId == SeededStudent), TelegramScenario.Patience);
        await WaitUntilNothingPendingAsync();
        _seeded = StoredRows.Snapshot(_webhook.Scenario.Database, SeededStudent);
    }

    [OneTimeTearDown]
    public async Task StopBot() => await _webhook.DisposeAsync();

    [Test]
    public void SeededStudent_HasAQuestionAndItsAnswer() => Assert.That(_seeded, Does.Contain("Intent=question").And.Contain("Role=assistant"));

    [Test]
    public async Task EveryKindOfMalformedUpdate_GetsItsStatus_AndLeavesTheBotWell()
    {
        var failures = new List<string>();
        foreach (var kind in MalformedUpdate.Kinds)
        {
            var update = kind();
            if (await OutcomeAsync(update) is { } problem)
            {
                failures.Add($"{update}: {problem}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Property(MaxTest = 15)]
    public Property MalformedUpdates_InAnyOrder_GetTheirStatus_AndLeaveTheBotWell() =>
        Prop.ForAll(Gen.Choose(0, MalformedUpdate.Kinds.Count - 1).Select(i => MalformedUpdate.Kinds[i]).ToArbitrary(), kind =>
        {
            var update = kind();
            return Holds(update.ToString(), OutcomeAsync(update).GetAwaiter().GetResult());
        });

    [Property(MaxTest = 15)]
    public Property HostileText_InAWellFormedUpdate_IsStoredExactlyOrRefused() =>
        Prop.ForAll(HostileText.Arbitrary(HostileText.NotCommand), text =>
        {
            var (update, chat, read) = MalformedUpdate.WithText(text.Text);
            return Holds(text.ToString(), TextOutcomeAsync(update, chat, read).GetAwaiter().GetResult());
        });

    [Test]
    public async Task UpdateIdNearLongMaxValue_IsStoredAndRejected_NeverLeftPending()
    {
        var update = MalformedUpdate.HugeId();

        Assert.That(await OutcomeAsync(update), Is.Null, update.ToString());
    }

    private static Property Holds(string what, string? problem) => Prop.Label(problem is null, $"{what}: {problem ?? "holds"}");

    /// <summary>Posts the body, then a student's ordinary question, and checks what the body left behind.</summary>
    private async Task<string?> OutcomeAsync(MalformedUpdate update)
    {
        var database = _webhook.Scenario.Database;
        var inboxBefore = database.Scalar("SELECT COUNT(*) FROM InboxUpdates");
        var messagesBefore = database.Scalar("SELECT COUNT(*) FROM ConversationMessages");

        var status = await _webhook.PostAsync(update.Body);
        await ProbeAsync();

        var stored = update.Outcome is null ? 0 : 1;
        return Expect(status == update.Status, $"status {(int)update.Status}, got {(int)status}")
            ?? Expect(update.Outcome is null || OutcomeOf(update.UpdateId) == update.Outcome, $"inbox outcome {update.Outcome}, got {OutcomeOf(update.UpdateId) ?? "none"}")
            ?? Expect(database.Scalar("SELECT COUNT(*) FROM InboxUpdates") == inboxBefore + stored + 1, "the update stored once, or not at all")
            ?? Expect(database.Scalar("SELECT COUNT(*) FROM ConversationMessages") == messagesBefore + 2, "no message stored but the probe's question and answer")
            ?? CommonProblem();
    }

    private async Task<string?> TextOutcomeAsync(MalformedUpdate update, long chat, string read)
    {
        var status = await _webhook.PostAsync(update.Body);
        await _webhook.Scenario.Fake.WaitForSentAsync(sent => sent.Any(s => s.ChatId == chat), TelegramScenario.Patience);
        await ProbeAsync();

        var conversation = StoredRows.Conversation(_webhook.Scenario.Database, chat);
        var problem = TextRules.ProblemOf(read, isFreeFormDialogue: true);
        var replies = _webhook.Scenario.Fake.SentTo(chat);
        return Expect(status == HttpStatusCode.OK, $"status 200, got {(int)status}")
            ?? Expect(OutcomeOf(update.UpdateId) == MalformedUpdate.Handled, $"handled, got {OutcomeOf(update.UpdateId) ?? "none"}")
            ?? (problem == MessageTextProblem.None
                ? Expect(conversation.Count == 2 && conversation[0].Is("user", "question", read) && conversation[1].Role == "assistant", "the text stored exactly with an answer")
                : Expect(conversation.Count == 0 && replies.Count == 1 && replies[0].Text == TextRules.RefusalFor(problem, read), $"refused as {problem}, nothing stored"))
            ?? CommonProblem();
    }

    /// <summary>An ordinary question from a new student: answered, so the bot is alive; then nothing may stay pending.</summary>
    private async Task ProbeAsync()
    {
        var probe = ++_probe;
        _webhook.Scenario.Fake.SendText(probe, $"Student {probe.ToString(CultureInfo.InvariantCulture)} asks what a fraction is.", fromUserId: probe);
        await _webhook.Scenario.Fake.WaitForSentAsync(sent => sent.Any(s => s.ChatId == probe), TelegramScenario.Patience);
        await WaitUntilNothingPendingAsync();
    }

    private string? CommonProblem()
    {
        var database = _webhook.Scenario.Database;
        return Expect(StoredRows.Snapshot(database, SeededStudent) == _seeded, "the seeded student's rows unchanged")
            ?? Expect(database.Scalar("SELECT COUNT(*) FROM Students WHERE Id <= 0") == 0, "no student with an id that is not a Telegram user's")
            ?? Expect(database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NULL OR Outcome IS NULL") == 0, "no inbox row pending");
    }

    private string? OutcomeOf(long updateId)
    {
        using var connection = _webhook.Scenario.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Outcome FROM InboxUpdates WHERE UpdateId = $id";
        command.Parameters.AddWithValue("$id", updateId);
        return command.ExecuteScalar() as string;
    }

    private Task WaitUntilNothingPendingAsync() =>
        TelegramScenario.WaitUntilAsync(() => _webhook.Scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NULL") == 0);

    private static string? Expect(bool holds, string what) => holds ? null : "expected " + what;
}

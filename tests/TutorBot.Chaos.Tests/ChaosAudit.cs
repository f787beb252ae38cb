using TutorBot.FakeTelegram;

namespace TutorBot.Chaos.Tests;

/// <summary>
/// What the chaos run left, checked against the plan: every update stored, handled and answered once; every stored reply
/// delivered, extra deliveries counted as duplicates; conversations and lesson progress exactly as the students acted.
/// </summary>
internal sealed class ChaosAudit
{
    private const int PreviewLength = 60;

    /// <summary>Updates not handled or not answered, replies never delivered, replies stored twice.</summary>
    public List<string> Lost { get; } = [];

    /// <summary>Duplicates, in-flight replies, unexpected messages: see <see cref="DeliveryAudit"/>.</summary>
    public DeliveryAudit Delivery { get; private set; } = new();

    public List<string> Conversations { get; } = [];

    public List<string> Lessons { get; } = [];

    /// <summary>Work the bot never finished: unhandled inbox rows, unsent or failed outbox rows.</summary>
    public List<string> Leftovers { get; } = [];

    public int Replies { get; private set; }

    public int StoredReplies { get; private set; }

    /// <summary>Updates the fake handed out more than once (not confirmed before a kill).</summary>
    public int Redeliveries { get; private set; }

    public static ChaosAudit Run(ChaosPlan plan, Offering offering, IReadOnlyList<KillRecord> kills, FakeBotApi fake, ChaosDatabase database)
    {
        var audit = new ChaosAudit();
        var outbox = database.Outbox();
        audit.StoredReplies = outbox.Count;
        audit.Replies = fake.Sent.Count;
        audit.Redeliveries = fake.Offered.Count - fake.Offered.Select(o => o.UpdateId).Distinct().Count();
        audit.CheckUpdates(offering.Offered, database.Inbox(), outbox);
        audit.Delivery = DeliveryAudit.Run(plan.Students.Select(s => s.ChatId), outbox, fake.Sent, kills);
        audit.Lost.AddRange(audit.Delivery.Undelivered);

        audit.CheckConversations(plan, database);
        audit.CheckLessons(plan, database);
        audit.CheckLeftovers(database);
        return audit;
    }

    private void CheckUpdates(IReadOnlyList<OfferedPlan> offered, List<InboxRow> inbox, List<OutboxRow> outbox)
    {
        var stored = inbox.ToDictionary(u => u.UpdateId);
        var replies = outbox.Where(m => m.UpdateId is not null).GroupBy(m => m.UpdateId!.Value).ToDictionary(g => g.Key, g => g.Count());
        foreach (var offer in offered)
        {
            var what = $"update {offer.UpdateId} (chat {offer.Update.ChatId}, \"{Preview(offer.Update.Content)}\")";
            if (!stored.TryGetValue(offer.UpdateId, out var row))
            {
                Lost.Add($"{what} is not in the inbox");
                continue;
            }

            if (!row.Processed)
            {
                Lost.Add($"{what} was never handled");
            }

            var count = replies.GetValueOrDefault(offer.UpdateId);
            if (count != 1)
            {
                Lost.Add($"{what} has {count} stored replies, not 1");
            }
        }
    }

    private void CheckConversations(ChaosPlan plan, ChaosDatabase database)
    {
        foreach (var student in plan.Students)
        {
            if (FirstDifference(student.ExpectedConversation, database.Conversation(student.ChatId)) is { } difference)
            {
                Conversations.Add($"student {student.ChatId}: {difference}");
            }
        }
    }

    private void CheckLessons(ChaosPlan plan, ChaosDatabase database)
    {
        if (database.StudentsWithTwoOpenAttempts is var doubled and > 0)
        {
            Lessons.Add($"{doubled} student(s) have two open attempts");
        }

        foreach (var learner in plan.Learners)
        {
            var attempts = database.Attempts(learner.ChatId);
            if (attempts is not [var attempt])
            {
                Lessons.Add($"student {learner.ChatId}: {attempts.Count} attempts, not 1");
                continue;
            }

            var answers = database.Answers(attempt.Id);
            var who = $"student {learner.ChatId}, attempt {attempt.Id}";
            var expected = learner.ExpectedAnswers.Select(a => $"{a.ExerciseId} correct={a.Correct} tries={a.Tries} possible={a.Possible}").ToList();
            var actual = answers.Select(a => $"{a.ExerciseId} correct={a.Correct} tries={a.Tries} possible={a.Possible}").ToList();
            if (FirstDifference(expected, actual) is { } difference)
            {
                Lessons.Add($"{who}: answers recorded {difference}");
            }

            if (attempt.LessonId != learner.LessonId || attempt.Number != 1)
            {
                Lessons.Add($"{who}: lesson {attempt.LessonId} number {attempt.Number}, not {learner.LessonId} number 1");
            }

            if (attempt.Answered != answers.Count || attempt.Position != answers.Count
                || attempt.Earned != answers.Sum(a => a.Earned) || attempt.Possible != answers.Sum(a => a.Possible))
            {
                Lessons.Add(
                    $"{who}: totals Answered={attempt.Answered} Position={attempt.Position} Earned={attempt.Earned} Possible={attempt.Possible}, " +
                    $"but its {answers.Count} answers sum to Earned={answers.Sum(a => a.Earned)} Possible={answers.Sum(a => a.Possible)}");
            }

            if (attempt.Graded != learner.Finishes || attempt.IsOpen == learner.Finishes)
            {
                Lessons.Add($"{who}: graded={attempt.Graded} open={attempt.IsOpen}, but the student {(learner.Finishes ? "finished" : "left it unfinished")}");
            }
        }
    }

    private void CheckLeftovers(ChaosDatabase database)
    {
        if (database.PendingInbox is var pending and > 0)
        {
            Leftovers.Add($"{pending} inbox update(s) never handled");
        }

        if (database.UnsentOutbox is var unsent and > 0)
        {
            Leftovers.Add($"{unsent} outbox message(s) never sent");
        }

        if (database.FailedOutbox is var failed and > 0)
        {
            Leftovers.Add($"{failed} outbox message(s) given up");
        }
    }

    private static string? FirstDifference(IReadOnlyList<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : null;
            var got = i < actual.Count ? actual[i] : null;
            if (want != got)
            {
                return $"differ at #{i + 1} of {expected.Count} expected / {actual.Count} stored: expected \"{Preview(want ?? "(nothing)")}\", found \"{Preview(got ?? "(nothing)")}\"";
            }
        }

        return null;
    }

    public static string Preview(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= PreviewLength ? line : line[..PreviewLength] + "…";
    }
}

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using TutorBot.Domain.Conversations;
using TutorBot.Host.Bot;
using TutorBot.Host.Tests.Bot;
using TutorBot.Host.Tests.Lessons;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace TutorBot.Host.Tests.Hostile;

/// <summary>
/// Hostile text through the router (real commands, real pipeline, a real database file), as a question, an /ask, an
/// exercise's answer and a command's argument. Whatever the text: the router answers, the text is stored exactly or
/// refused with the reason and nothing stored, and the student seeded first keeps every row as it was.
/// Each case is a new student; the fixture shares one bot and its database.
/// </summary>
public sealed class RouterHostileTextTests
{
    private const long SeededStudent = 1;

    private RouterHost _host = null!;
    private string _seeded = null!;
    private long _student = 1000;

    [OneTimeSetUp]
    public async Task StartHostAndSeedAStudent()
    {
        _host = await RouterHost.StartAsync();
        await _host.SendAsync(SeededStudent, "what is a common denominator?");
        await _host.SendAsync(SeededStudent, "/lesson 1");
        await _host.SendAsync(SeededStudent, ShippedLessons.RightAnswer(ShippedLessons.First.Exercises[0]));
        _seeded = StoredRows.Snapshot(_host.Database, SeededStudent);
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public void SeededStudent_HasAConversationAndALessonInProgress() =>
        Assert.That(_seeded, Does.Contain("Role=assistant").And.Contain("LessonId=").And.Contain("Correct=1"));

    [Property(MaxTest = 40)]
    public Property FreeText_IsStoredExactlyWithItsAnswer_OrRefusedWithTheReason() =>
        Prop.ForAll(HostileText.Arbitrary(HostileText.NotCommand), text => Holds(FreeTextAsync(text.Text)));

    [Property(MaxTest = 40)]
    public Property AskArgument_IsStoredExactlyWithItsAnswer_OrRefusedWithTheReason() =>
        Prop.ForAll(HostileText.Arbitrary(HostileText.Any), text => Holds(AskAsync(text.Text)));

    [Property(MaxTest = 30)]
    public Property ExerciseAnswer_IsStoredExactly_OrRefusedWithTheReason_AndTheLessonUnchanged() =>
        Prop.ForAll(HostileText.Arbitrary(HostileText.NotCommand), text => Holds(ExerciseAnswerAsync(text.Text)));

    [Property(MaxTest = 40)]
    public Property LessonArgument_IsAnsweredAndStoresNoMessage() =>
        Prop.ForAll(HostileText.Arbitrary(HostileText.Any), text => Holds(LessonArgumentAsync(text.Text)));

    // The corpus runs whole on every run: the edge lengths and each fragment alone must not depend on the generator's luck.
    [Test]
    public Task FreeText_EveryCorpusText_IsStoredExactlyOrRefused() =>
        AllHoldAsync(HostileText.Corpus.Where(t => !HostileText.IsCommand(t.Text)), t => FreeTextAsync(t.Text));

    [Test]
    public Task AskArgument_EveryCorpusText_IsStoredExactlyOrRefused() => AllHoldAsync(HostileText.Corpus, t => AskAsync(t.Text));

    [Test]
    public Task ExerciseAnswer_EveryCorpusText_IsStoredExactlyOrRefused() =>
        AllHoldAsync(HostileText.Corpus.Where(t => !HostileText.IsCommand(t.Text)), t => ExerciseAnswerAsync(t.Text));

    [Test]
    public Task LessonArgument_EveryCorpusText_StoresNoMessage() =>
        AllHoldAsync(HostileText.Corpus, t => LessonArgumentAsync(t.Text));

    private async Task<string?> FreeTextAsync(string text)
    {
        var student = _student++;
        var replies = await _host.SendAsync(student, text);
        return QuestionOutcome(student, text, replies);
    }

    private async Task<string?> AskAsync(string argument)
    {
        var student = _student++;
        var replies = await _host.SendAsync(student, "/ask " + argument);

        // The command line gives /ask the text after the command word, trimmed.
        var question = argument.Trim();
        if (question.Length > 0)
        {
            return QuestionOutcome(student, question, replies);
        }

        return RepliesProblem(replies)
            ?? Expect(replies[0].Text.StartsWith("Write your question after /ask", StringComparison.Ordinal), "asks for the question", replies)
            ?? Expect(StoredRows.Conversation(_host.Database, student).Count == 0, "stores nothing", replies);
    }

    private async Task<string?> ExerciseAnswerAsync(string text)
    {
        var student = _student++;
        await _host.SendAsync(student, "/lesson 1");
        var lessonBefore = StoredRows.Lessons(_host.Database, student);

        var replies = await _host.SendAsync(student, text);

        var stored = StoredRows.Conversation(_host.Database, student);
        var problem = TextRules.ProblemOf(text, isFreeFormDialogue: false);
        if (RepliesProblem(replies) is { } badReplies)
        {
            return badReplies;
        }

        return problem == MessageTextProblem.None
            ? Expect(stored.Count == 1 && stored[0].Is("user", "answer", text), "the answer stored exactly", replies, stored)
            : Expect(replies.Count == 1 && replies[0].Text == TextRules.RefusalFor(problem, text), $"refused as {problem}", replies, stored)
                ?? Expect(stored.Count == 0, "nothing stored", replies, stored)
                ?? Expect(StoredRows.Lessons(_host.Database, student) == lessonBefore, "the lesson unchanged", replies, stored);
    }

    private async Task<string?> LessonArgumentAsync(string argument)
    {
        var student = _student++;
        var replies = await _host.SendAsync(student, "/lesson " + argument);

        var isLessonNumber = int.TryParse(argument.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= ShippedLessons.Course.Lessons.Count;
        var stored = StoredRows.Conversation(_host.Database, student);
        return RepliesProblem(replies)
            ?? Expect(stored.Count == 0, "no message stored", replies, stored)
            ?? Expect(isLessonNumber || StoredRows.Lessons(_host.Database, student).Length == 0, "no lesson started", replies, stored);
    }

    /// <summary>A question (free text or /ask): stored with the tutor's answer after it, or refused with the reason and nothing stored.</summary>
    private string? QuestionOutcome(long student, string question, IReadOnlyList<BotReply> replies)
    {
        var stored = StoredRows.Conversation(_host.Database, student);
        var problem = TextRules.ProblemOf(question, isFreeFormDialogue: true);
        if (RepliesProblem(replies) is { } badReplies)
        {
            return badReplies;
        }

        return problem == MessageTextProblem.None
            ? Expect(
                replies.Count == 1 && stored.Count == 2 && stored[0].Is("user", "question", question) && stored[1].Is("assistant", null, replies[0].Text),
                "the question stored exactly, then the reply as the tutor's answer",
                replies,
                stored)
            : Expect(replies.Count == 1 && replies[0].Text == TextRules.RefusalFor(problem, question), $"refused as {problem}", replies, stored)
                ?? Expect(stored.Count == 0, "nothing stored", replies, stored);
    }

    /// <summary>Every message gets an answer a student can read, and it can be sent as it is.</summary>
    private static string? RepliesProblem(IReadOnlyList<BotReply> replies) =>
        Expect(replies.Count > 0, "at least one reply", replies)
        ?? Expect(replies.All(r => !string.IsNullOrWhiteSpace(r.Text)), "no empty reply", replies)
        ?? Expect(replies.All(r => TextRules.IsWellFormedUtf16(r.Text)), "replies are well-formed Unicode", replies)
        ?? Expect(replies.All(r => !r.IsHtml || !r.Text.Contains("<script", StringComparison.OrdinalIgnoreCase)), "student text escaped in HTML", replies);

    private static string? Expect(bool holds, string what, IReadOnlyList<BotReply> replies, IReadOnlyList<StoredMessage>? stored = null) =>
        holds
            ? null
            : $"expected {what}; replies: [{string.Join(" | ", replies.Select(r => Shown(r.Text)))}]"
              + (stored is null ? string.Empty : $"; stored: [{string.Join(" | ", stored.Select(m => $"{m.Role}/{m.Intent}/{m.TextBytes.Length} bytes"))}]");

    private static string Shown(string text) => new HostileText([text]).ToString();

    /// <summary>Runs one case to its end (properties are synchronous) and adds the check every case shares.</summary>
    private Property Holds(Task<string?> outcome)
    {
        var problem = outcome.GetAwaiter().GetResult() ?? OtherStudentProblem();
        return Prop.Label(problem is null, problem ?? "holds");
    }

    private string? OtherStudentProblem() =>
        StoredRows.Snapshot(_host.Database, SeededStudent) == _seeded ? null : "the seeded student's rows changed";

    private async Task AllHoldAsync(IEnumerable<HostileText> corpus, Func<HostileText, Task<string?>> check)
    {
        var failures = new List<string>();
        foreach (var text in corpus)
        {
            if ((await check(text) ?? OtherStudentProblem()) is { } problem)
            {
                failures.Add($"{text}: {problem}");
            }
        }

        Assert.That(failures, Is.Empty);
    }
}

using static TutorBot.Host.Tests.Cli.CliOutput;

namespace TutorBot.Host.Tests.Cli;

/// <summary><c>tutorbot admin …</c> after the issue's chat script has run.</summary>
public sealed class AdminCommandTests
{
    private const string LongMessage = "hello, I want to learn fractions";

    private TutorbotCli _cli = null!;

    [SetUp]
    public async Task RunTheChatScript()
    {
        _cli = new TutorbotCli();
        var chat = await _cli.RunWithInputAsync($"/start\n{LongMessage}\nhi\n/context\n", "chat", "--student", "7");
        Assert.That(chat.ExitCode, Is.EqualTo(0), chat.Error);
    }

    [TearDown]
    public void DisposeCli() => _cli.Dispose();

    [Test]
    public async Task StatsJson_IsOneDocumentWithTheFigures()
    {
        var result = await _cli.RunAsync("admin", "stats", "--json");

        using var json = SingleJsonDocument(result);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("students").GetInt32(), Is.EqualTo(1));
            Assert.That(json.RootElement.GetProperty("messagesStored").GetInt32(), Is.EqualTo(2), "the question and the tutor's answer");
        }
    }

    [Test]
    public async Task StatsJson_HasEachCacheWithTheFiguresTheChatPublished()
    {
        var result = await _cli.RunAsync("admin", "stats", "--json", "--Cache:MaxEntries=42");

        using var json = SingleJsonDocument(result);
        var caches = json.RootElement.GetProperty("caches").EnumerateArray().ToList();
        var context = caches.Single(c => c.GetProperty("name").GetString() == "context");

        // The chat's caches, published when it ended: this process's own are empty (and would hold 42).
        using (Assert.EnterMultipleScope())
        {
            Assert.That(caches.Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "context", "model-responses" }));
            Assert.That(caches.Select(c => c.GetProperty("publishedAtUtc").ValueKind), Has.All.EqualTo(System.Text.Json.JsonValueKind.String));
            Assert.That(context.GetProperty("capacity").GetInt32(), Is.EqualTo(500));
            Assert.That(context.GetProperty("misses").GetInt64(), Is.GreaterThanOrEqualTo(1), "/context looked it up");
            Assert.That(context.GetProperty("size").GetInt32(), Is.GreaterThanOrEqualTo(1));
            Assert.That(context.GetProperty("evictions").GetInt64(), Is.Zero);
            Assert.That(context.GetProperty("hits").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Number));
            Assert.That(context.GetProperty("hitRate").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Number));
        }
    }

    [Test]
    public async Task ContextJson_HasTheStoredMessagesWithTheirRolesAndIntents()
    {
        var result = await _cli.RunAsync("admin", "context", "7", "--json");

        using var json = SingleJsonDocument(result);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages, Has.Count.EqualTo(2));
            Assert.That(messages[0].GetProperty("role").GetString(), Is.EqualTo("user"));
            Assert.That(messages[0].GetProperty("intent").GetString(), Is.EqualTo("question"));
            Assert.That(messages[0].GetProperty("text").GetString(), Is.EqualTo(LongMessage));
            Assert.That(messages[1].GetProperty("role").GetString(), Is.EqualTo("assistant"));
            Assert.That(messages[1].GetProperty("intent").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        }
    }

    [Test]
    public async Task StudentsJson_ListsTheStudent()
    {
        var result = await _cli.RunAsync("admin", "students", "--json");

        using var json = SingleJsonDocument(result);
        var student = json.RootElement.EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(student.GetProperty("studentId").GetInt64(), Is.EqualTo(7));
            Assert.That(student.GetProperty("storedMessages").GetInt32(), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task StatsTable_ShowsTheFigures()
    {
        var result = await _cli.RunAsync("admin", "stats");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Line(result.Out, "Students"), Does.Match(@"\b1\b"));
            Assert.That(Line(result.Out, "Messages stored"), Does.Match(@"\b2\b"));
            Assert.That(Line(result.Out, "Hit rate"), Does.Match("Cache.*Size.*Hit rate.*Hits.*Misses.*Evictions"));
            Assert.That(Line(result.Out, " context "), Does.Match(@"context\s*│\s*[1-9]\d*/500\s*│\s*[\d.]+ %\s*│\s*\d+\s*│\s*[1-9]\d*\s*│\s*0\s*│"));
            Assert.That(result.Out, Does.Contain("published by the running bot"));
        }
    }

    [Test]
    public async Task StudentsTable_ShowsTheStudent()
    {
        var result = await _cli.RunAsync("admin", "students");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(Line(result.Out, "Student 7"), Does.Match(@"\b7\b.*Student 7.*\b2\b"));
    }

    [Test]
    public async Task ContextTranscript_ShowsTheQuestionAndTheAnswer()
    {
        var result = await _cli.RunAsync("admin", "context", "7");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Out, Does.Contain("Conversation of student 7, 2 messages"));
            Assert.That(Line(result.Out, "#1 "), Does.Contain("user/question"));
            Assert.That(Line(result.Out, "#2 "), Does.Contain("assistant"));
            Assert.That(result.Out, Does.Contain(LongMessage));
        }
    }
}

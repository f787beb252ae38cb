using System.Globalization;
using System.Text.Json;
using static TutorBot.Host.Tests.Cli.CliOutput;

namespace TutorBot.Host.Tests.Cli;

/// <summary>
/// <c>tutorbot admin stats</c> is a process of its own, with empty caches: it shows the figures the bot (here a local
/// chat, run before it on the same database) published, and says so; it never publishes its own.
/// </summary>
public sealed class AdminStatsCacheSourceTests
{
    private const string PublishedBy = "published by the running bot";

    private TutorbotCli _cli = null!;

    [SetUp]
    public void CreateCli() => _cli = new TutorbotCli();

    [TearDown]
    public void DisposeCli() => _cli.Dispose();

    [Test]
    public async Task StatsJson_AfterAChat_ShowsTheHitsTheChatPublished_AndWhen()
    {
        await ChatWithTwoContextLookupsAsync();

        var result = await _cli.RunAsync("admin", "stats", "--json");

        using var json = SingleJsonDocument(result);
        var context = json.RootElement.GetProperty("caches").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "context");
        var published = context.GetProperty("publishedAtUtc").GetString()!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.GetProperty("hits").GetInt64(), Is.GreaterThan(0), "the second /context was a hit");
            Assert.That(DateTime.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind, Is.EqualTo(DateTimeKind.Utc));
        }
    }

    [Test]
    public async Task StatsTable_AfterAChat_SaysWhenTheFiguresWerePublished()
    {
        await ChatWithTwoContextLookupsAsync();

        var result = await _cli.RunAsync("admin", "stats");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(Line(result.Out, PublishedBy), Does.Match(@"as of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, published by the running bot"));
    }

    [Test]
    public async Task StatsJson_WhenNoBotEverRan_ShowsItsOwnEmptyCaches_Live()
    {
        var result = await _cli.RunAsync("admin", "stats", "--json", "--Cache:MaxEntries=42");

        using var json = SingleJsonDocument(result);
        var caches = json.RootElement.GetProperty("caches").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(caches.Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "context", "model-responses" }));
            Assert.That(caches.Select(c => c.GetProperty("capacity").GetInt32()), Has.All.EqualTo(42), "this process's own caches");
            Assert.That(caches.Select(c => (c.GetProperty("hits").GetInt64(), c.GetProperty("misses").GetInt64(), c.GetProperty("size").GetInt32())),
                Has.All.EqualTo((0L, 0L, 0)));
            Assert.That(caches.Select(c => c.GetProperty("hitRate").ValueKind), Has.All.EqualTo(JsonValueKind.Null));
            Assert.That(caches.Select(c => c.GetProperty("publishedAtUtc").ValueKind), Has.All.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task StatsTable_WhenNoBotEverRan_SaysTheFiguresAreLive()
    {
        var result = await _cli.RunAsync("admin", "stats");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Line(result.Out, " context "), Does.Match(@"context\s*│\s*0/500\s*│\s*—\s*│\s*0\s*│\s*0\s*│\s*0\s*│"));
            Assert.That(result.Out.Split('\n').Select(line => line.Trim()), Does.Contain("live"));
            Assert.That(result.Out, Does.Not.Contain(PublishedBy));
        }
    }

    [Test]
    public async Task AdminCommands_NeverPublishTheirOwnCaches()
    {
        await _cli.RunAsync("admin", "stats");
        await _cli.RunAsync("admin", "context", "7");
        await _cli.RunAsync("admin", "students", "--json");

        Assert.That(_cli.Database.Scalar("SELECT COUNT(*) FROM CacheReadings"), Is.Zero);
    }

    [Test]
    public async Task StatsJson_AfterAChatAndAnotherAdminCommand_StillShowsTheChatsFigures()
    {
        await ChatWithTwoContextLookupsAsync();
        await _cli.RunAsync("admin", "context", "7");

        var result = await _cli.RunAsync("admin", "stats", "--json");

        using var json = SingleJsonDocument(result);
        var context = json.RootElement.GetProperty("caches").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "context");
        Assert.That(context.GetProperty("hits").GetInt64(), Is.GreaterThan(0));
    }

    /// <summary>The bot in local chat: the first /context fills the context cache, the second is a hit.</summary>
    private async Task ChatWithTwoContextLookupsAsync()
    {
        var chat = await _cli.RunWithInputAsync("/start\nhello, I want to learn fractions\n/context\n/context\n", "chat", "--student", "7");
        Assert.That(chat.ExitCode, Is.EqualTo(0), chat.Error);
    }
}

using TutorBot.Host.Bot;
using TutorBot.Host.Tests.Bot;

namespace TutorBot.Host.Tests.Stats;

/// <summary>/admin in chat: the bot's caches, live once used, else as a previous run published them, with when.</summary>
public sealed class AdminCommandCacheFiguresTests
{
    [Test]
    public async Task Admin_BeforeTheCachesAreUsed_ShowsThePublishedFigures_WithTheirTime()
    {
        await using var host = await RouterHost.StartAsync();
        using (var connection = host.Database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "INSERT INTO CacheReadings (Name, Hits, Misses, Evictions, Size, Capacity, ReadAtUtc) " +
                "VALUES ('context', 95, 5, 2, 40, 500, '2026-11-28 09:30:00')";
            command.ExecuteNonQuery();
        }

        var reply = (await host.Router.HandleAsync(new IncomingMessage(9, null, "/admin", IsAdmin: true), CancellationToken.None)).Single();

        Assert.That(reply.Text, Does.Contain("Cache context: 40/500 entries, 95.0 % hits of 100 lookups, 2 evicted (as published at 2026-11-28 09:30 UTC)"));
    }

    [Test]
    public async Task Admin_OnceTheCachesAreUsed_ShowsTheLiveFigures_WithoutATime()
    {
        await using var host = await RouterHost.StartAsync();
        await host.SendAsync(9, "/context");

        var reply = (await host.Router.HandleAsync(new IncomingMessage(9, null, "/admin", IsAdmin: true), CancellationToken.None)).Single();

        Assert.That(reply.Text, Does.Contain("Cache context: ").And.Not.Contain("as published"));
    }
}

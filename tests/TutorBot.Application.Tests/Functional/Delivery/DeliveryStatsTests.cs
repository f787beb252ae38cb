using TutorBot.Application.Delivery.MarkOutboxFailed;
using TutorBot.Application.Delivery.MarkOutboxSent;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students.DeactivateStudent;

namespace TutorBot.Application.Tests.Functional.Delivery;

public sealed class DeliveryStatsTests : DeliveryTest
{
    [Test]
    public async Task GetStats_CountsPendingInboxPendingAndFailedOutboxAndInactiveStudents()
    {
        await StartWithClockAsync();
        await RegisterAsync(1, 2, 3);
        await SendAsync(new DeactivateStudentCommand(1));
        await SendAsync(new DeactivateStudentCommand(3));
        await StoreAsync(10, 11, 12, 13, 14);
        var first = await CompleteAsync(10, "One", "Two", "Three");
        var second = await CompleteAsync(11, "Four", "Five");
        await SendAsync(new MarkOutboxSentCommand([first[0], second[0]]));
        await SendAsync(new MarkOutboxFailedCommand([first[1]], "Forbidden: bot was blocked by the user"));

        var stats = await SendAsync(new GetStatsQuery());

        Assert.That(
            (stats.Students, stats.InactiveStudents, stats.InboxPending, stats.OutboxPending, stats.OutboxFailed),
            Is.EqualTo((3, 2, 3, 2, 1)));
    }

    [Test]
    public async Task GetStats_WhenInboxAndOutboxEmpty_CountsZero()
    {
        await StartWithClockAsync();
        await RegisterAsync(1);

        var stats = await SendAsync(new GetStatsQuery());

        Assert.That(
            (stats.Students, stats.InactiveStudents, stats.InboxPending, stats.OutboxPending, stats.OutboxFailed),
            Is.EqualTo((1, 0, 0, 0, 0)));
    }
}

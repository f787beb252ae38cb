using MediatR;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Common;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Tests.Functional.Delivery;

public sealed class CompleteUpdatesCommandTests : DeliveryTest
{
    [Test]
    public async Task CompleteUpdates_MarksEveryUpdateProcessedAndStoresRepliesInOrder()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2, 3, 4);
        Clock.Advance(TimeSpan.FromSeconds(2));
        IReadOnlyList<IReadOnlyList<OutboxButton>> keyboard = [[new("Lesson 1", "lesson:1"), new("Help ❓", "help")], [new("Stats", "stats")]];
        OutgoingMessage[] replies =
        [
            new(7, "First part", TextFormat.Plain, null),
            new(7, "<b>Second</b> part", TextFormat.Html, keyboard),
            new(8, "To another chat", TextFormat.Plain, null),
        ];

        var ids = await SendAsync(new CompleteUpdatesCommand([3, 2, 4], UpdateOutcome.Joined, replies));

        var processed = StoredTime(Start.AddSeconds(2));
        var rows = OutboxRows();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.EqualTo(rows.Select(r => r.Id)));
            Assert.That(ids, Is.Ordered.Ascending);
            Assert.That(rows.Select(r => (r.ChatId, r.UpdateId, r.Text, r.Format)), Is.EqualTo(new[]
            {
                (7L, (long?)3, "First part", "plain"),
                (7L, (long?)3, "<b>Second</b> part", "html"),
                (8L, (long?)3, "To another chat", "plain"),
            }));
            Assert.That(rows.Select(r => r.Buttons), Is.EqualTo(new[]
            {
                null,
                """[[{"label":"Lesson 1","data":"lesson:1"},{"label":"Help ❓","data":"help"}],[{"label":"Stats","data":"stats"}]]""",
                null,
            }));
            Assert.That(rows.Select(r => (r.SentAtUtc, r.FailedAtUtc, r.Attempts)), Has.All.EqualTo(((string?)null, (string?)null, 0L)));
            Assert.That(InboxRows().Select(r => (r.UpdateId, r.ProcessedAtUtc, r.Outcome)), Is.EqualTo(new[]
            {
                (1L, (string?)null, (string?)null),
                (2L, processed, "joined"),
                (3L, processed, "joined"),
                (4L, processed, "joined"),
            }));
        }
    }

    [Test]
    public async Task CompleteUpdates_ManyReplies_GetIdsInReplyOrder()
    {
        await StartWithClockAsync();
        await StoreAsync(1);
        var texts = Enumerable.Range(1, CompleteUpdatesCommandValidator.MaxReplies).Select(n => $"Part {n}").ToArray();

        var ids = await CompleteAsync(1, texts);

        Assert.That(ids, Is.Ordered.Ascending.And.Unique);
        Assert.That(OutboxRows().Select(r => r.Text), Is.EqualTo(texts));
    }

    [TestCase(UpdateOutcome.Ignored, "ignored")]
    [TestCase(UpdateOutcome.Rejected, "rejected")]
    public async Task CompleteUpdates_WithoutReplies_OnlyMarksTheUpdate(UpdateOutcome outcome, string stored)
    {
        await StartWithClockAsync();
        await StoreAsync(1);

        var ids = await SendAsync(new CompleteUpdatesCommand([1], outcome, []));

        Assert.That(ids, Is.Empty);
        Assert.That(OutboxRows(), Is.Empty);
        Assert.That(InboxRows().Single().Outcome, Is.EqualTo(stored));
    }

    [Test]
    public async Task CompleteUpdates_WhenAnUpdateIsUnknown_IsRefusedAndChangesNothing()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);

        var refused = Assert.ThrowsAsync<NotFoundException>(() =>
            SendAsync(new CompleteUpdatesCommand([1, 99, 2], UpdateOutcome.Handled, [Reply("Hello there")])));

        Assert.That(refused.Key, Is.EqualTo(99));
        AssertNothingCompleted(1, 2);
    }

    [Test]
    public async Task CompleteUpdates_WhenAnUpdateWasAlreadyProcessed_IsRefusedAndChangesNothing()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);
        await CompleteAsync(2, "The first answer");

        Assert.ThrowsAsync<DomainException>(() => CompleteAsync(2, "A second answer"));
        Assert.ThrowsAsync<DomainException>(() =>
            SendAsync(new CompleteUpdatesCommand([1, 2], UpdateOutcome.Handled, [Reply("Joined answer")])));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(OutboxRows().Select(r => r.Text), Is.EqualTo(new[] { "The first answer" }));
            Assert.That(InboxRows().Select(r => r.Outcome), Is.EqualTo(new[] { null, "handled" }));
        }
    }

    [Test]
    public async Task CompleteUpdates_WhenInvalid_IsRefusedAndChangesNothing()
    {
        await StartWithClockAsync();
        await StoreAsync(1);
        var tooMany = Enumerable.Range(0, CompleteUpdatesCommandValidator.MaxReplies + 1).Select(n => Reply($"Part {n}")).ToArray();

        Assert.ThrowsAsync<ValidationException>(() => CompleteAsync(1, new string('x', OutboxMessage.MaxTextLength + 1)));
        Assert.ThrowsAsync<ValidationException>(() => CompleteAsync(1, "A good reply", " "));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new CompleteUpdatesCommand([1], UpdateOutcome.Handled, tooMany)));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new CompleteUpdatesCommand([], UpdateOutcome.Handled, [Reply("Hi")])));

        AssertNothingCompleted(1);
    }

    [Test]
    public async Task CompleteUpdates_InsideAnOuterTransactionRolledBack_LeavesNothing()
    {
        await StartWithClockAsync();
        await RegisterAsync(7);
        await StoreAsync(1);

        var ids = await InOuterTransactionAsync(commit: false, async mediator =>
        {
            await mediator.Send(AddMessageCommand.FromStudent(7, "A question that is never answered"));
            return await mediator.Send(new CompleteUpdatesCommand([1], UpdateOutcome.Handled, [Reply("An answer that is never sent")]));
        });

        Assert.That(ids, Has.Count.EqualTo(1), "the command itself succeeded");
        AssertNothingCompleted(1);
        Assert.That(Database.MessageCount(), Is.Zero);
    }

    [Test]
    public async Task CompleteUpdates_InsideAnOuterTransactionCommitted_StoresTheChangeReplyAndMarkTogether()
    {
        await StartWithClockAsync();
        await RegisterAsync(7);
        await StoreAsync(1);

        await InOuterTransactionAsync(commit: true, async mediator =>
        {
            await mediator.Send(AddMessageCommand.FromStudent(7, "A question that is answered"));
            return await mediator.Send(new CompleteUpdatesCommand([1], UpdateOutcome.Handled, [Reply("The answer")]));
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.MessageCount(), Is.EqualTo(1));
            Assert.That(OutboxRows().Select(r => (r.UpdateId, r.Text)), Is.EqualTo(new[] { ((long?)1, "The answer") }));
            Assert.That(InboxRows().Single().Outcome, Is.EqualTo("handled"));
        }
    }

    [Test]
    public async Task CompleteUpdates_RefusedInsideAnOuterTransactionThatCommits_MarksNothing()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);

        // A caller that catches the refusal and commits its other work must not commit half of the command.
        await InOuterTransactionAsync(commit: true, async mediator =>
        {
            Assert.ThrowsAsync<NotFoundException>(() =>
                mediator.Send(new CompleteUpdatesCommand([1, 2, 99], UpdateOutcome.Handled, [Reply("Hello there")])));
            return await Task.FromResult(0);
        });

        AssertNothingCompleted(1, 2);
    }

    /// <summary>Runs work in one scope inside a write transaction opened around it, as the Host does per update.</summary>
    private Task<T> InOuterTransactionAsync<T>(bool commit, Func<IMediator, Task<T>> work) =>
        Host.InScopeAsync(async services =>
        {
            await using var transaction = await services.GetRequiredService<IDatabaseTransactions>().BeginWriteAsync(CancellationToken.None);
            var result = await work(services.GetRequiredService<IMediator>());
            if (commit)
            {
                await transaction.CommitAsync(CancellationToken.None);
            }

            return result;
        });
}

using NSubstitute;
using NSubstitute.ExceptionExtensions;
using TutorBot.Application.Common.Behaviours;
using TutorBot.Application.Common.Interfaces;

namespace TutorBot.Application.Tests.Unit.Behaviours;

public sealed class TransactionBehaviourTests
{
    private List<string> _events = null!;
    private CancellationTokenSource _cancellation = null!;
    private IDatabaseTransactions _transactions = null!;

    [SetUp]
    public void CreatePorts()
    {
        _events = [];
        _cancellation = new CancellationTokenSource();
        _transactions = Substitute.For<IDatabaseTransactions>();
    }

    [TearDown]
    public void DisposeCancellation() => _cancellation.Dispose();

    /// <summary>The transaction the port hands out; every call on it, and the start, is recorded in order.</summary>
    private IDatabaseTransaction RecordingTransaction()
    {
        var transaction = Substitute.For<IDatabaseTransaction>();
        transaction.CommitAsync(Arg.Any<CancellationToken>()).Returns(_ =>
        {
            _events.Add("commit");
            return Task.CompletedTask;
        });
        // NSubstitute configures a call by making it: this ValueTask is a specification, never awaited.
#pragma warning disable CA2012
        transaction.When(t => t.DisposeAsync()).Do(_ => _events.Add("dispose"));
#pragma warning restore CA2012
        _transactions.BeginWriteAsync(Arg.Any<CancellationToken>()).Returns(_ =>
        {
            _events.Add("begin");
            return Task.FromResult(transaction);
        });
        return transaction;
    }

    [Test]
    public async Task Handle_Command_RunsHandlerInsideOneCommittedTransaction()
    {
        var transaction = RecordingTransaction();
        var behaviour = new TransactionBehaviour<TestCommand, string>(_transactions);

        var response = await behaviour.Handle(new TestCommand(), _cancellation.Token, Handler);

        Assert.That(response, Is.EqualTo("done"));
        Assert.That(_events, Is.EqualTo(new[] { "begin", "handler", "commit", "dispose" }));
        await _transactions.Received(1).BeginWriteAsync(_cancellation.Token);
        await transaction.Received(1).CommitAsync(_cancellation.Token);
    }

    [Test]
    public async Task Handle_WhenHandlerThrows_DisposesWithoutCommitAndRethrows()
    {
        var transaction = RecordingTransaction();
        var behaviour = new TransactionBehaviour<TestCommand, string>(_transactions);
        var failure = new InvalidOperationException("handler failed");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() => behaviour.Handle(new TestCommand(), _cancellation.Token, () =>
        {
            _events.Add("handler");
            throw failure;
        }));

        Assert.That(thrown, Is.SameAs(failure));
        Assert.That(_events, Is.EqualTo(new[] { "begin", "handler", "dispose" }));
        await transaction.DidNotReceive().CommitAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public void Handle_WhenCommitFails_DisposesAndRethrows()
    {
        var failure = new InvalidOperationException("disk full");
        RecordingTransaction().CommitAsync(Arg.Any<CancellationToken>()).ThrowsAsync(failure);
        var behaviour = new TransactionBehaviour<TestCommand, string>(_transactions);

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() => behaviour.Handle(new TestCommand(), _cancellation.Token, Handler));

        Assert.That(thrown, Is.SameAs(failure));
        Assert.That(_events, Is.EqualTo(new[] { "begin", "handler", "dispose" }));
    }

    [Test]
    public void Handle_WhenTransactionCannotStart_DoesNotRunHandler()
    {
        var failure = new TimeoutException("database is locked");
        _transactions.BeginWriteAsync(Arg.Any<CancellationToken>()).ThrowsAsync(failure);
        var behaviour = new TransactionBehaviour<TestCommand, string>(_transactions);

        var thrown = Assert.ThrowsAsync<TimeoutException>(() => behaviour.Handle(new TestCommand(), _cancellation.Token, Handler));

        Assert.That(thrown, Is.SameAs(failure));
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public async Task Handle_Query_OpensNoTransaction()
    {
        var behaviour = new TransactionBehaviour<TestQuery, string>(_transactions);

        var response = await behaviour.Handle(new TestQuery(), _cancellation.Token, Handler);

        Assert.That(response, Is.EqualTo("done"));
        Assert.That(_events, Is.EqualTo(new[] { "handler" }));
        Assert.That(_transactions.ReceivedCalls(), Is.Empty);
    }

    private Task<string> Handler()
    {
        _events.Add("handler");
        return Task.FromResult("done");
    }
}

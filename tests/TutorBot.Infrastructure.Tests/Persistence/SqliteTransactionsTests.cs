using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Domain.Students;
using TutorBot.Testing;

namespace TutorBot.Infrastructure.Tests.Persistence;

public sealed class SqliteTransactionsTests : DatabaseTest
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private PipelineHost _host = null!;

    [SetUp]
    public async Task StartHost()
    {
        _host = await PipelineHost.StartAsync(Database);
    }

    [TearDown]
    public async Task StopHost()
    {
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Write_DisposedWithoutCommit_LeavesNothingAndForgetsPendingChanges()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, db) = Resolve(scope);

        await using (await transactions.BeginWriteAsync(CancellationToken.None))
        {
            db.Students.Add(Student.Register(1, null, Now));
            await db.SaveChangesAsync(CancellationToken.None);
            db.Students.Add(Student.Register(2, null, Now));
        }

        // Had the tracker kept them, this would write both students outside any transaction.
        await db.SaveChangesAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(((DbContext)db).ChangeTracker.Entries(), Is.Empty);
            Assert.That(StudentCount(), Is.Zero);
        }
    }

    [Test]
    public async Task Write_Committed_IsPersisted()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, db) = Resolve(scope);

        await using (var transaction = await transactions.BeginWriteAsync(CancellationToken.None))
        {
            db.Students.Add(Student.Register(1, null, Now));
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        Assert.That(StudentCount(), Is.EqualTo(1));
    }

    [Test]
    public async Task Write_InsideAnOpenWrite_JoinsIt_AndTheOuterRollbackUndoesBoth()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, db) = Resolve(scope);

        long countAfterInnerCommit;
        await using (await transactions.BeginWriteAsync(CancellationToken.None))
        {
            db.Students.Add(Student.Register(1, null, Now));
            await db.SaveChangesAsync(CancellationToken.None);

            await using (var inner = await transactions.BeginWriteAsync(CancellationToken.None))
            {
                db.Students.Add(Student.Register(2, null, Now));
                await db.SaveChangesAsync(CancellationToken.None);
                await inner.CommitAsync(CancellationToken.None);
            }

            // Another connection sees only committed data: the inner commit must not have committed.
            countAfterInnerCommit = StudentCount();
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(countAfterInnerCommit, Is.Zero, "the inner commit is the outer owner's to make");
            Assert.That(StudentCount(), Is.Zero);
        }
    }

    [Test]
    public async Task Write_InsideAnOpenWrite_IsCommittedByTheOuterCommit()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, db) = Resolve(scope);

        await using (var outer = await transactions.BeginWriteAsync(CancellationToken.None))
        {
            db.Students.Add(Student.Register(1, null, Now));
            await using (var inner = await transactions.BeginWriteAsync(CancellationToken.None))
            {
                db.Students.Add(Student.Register(2, null, Now));
                await db.SaveChangesAsync(CancellationToken.None);
                await inner.CommitAsync(CancellationToken.None);
            }

            await outer.CommitAsync(CancellationToken.None);
        }

        Assert.That(StudentCount(), Is.EqualTo(2));
    }

    [Test]
    public async Task Snapshot_KeepsSeeingTheSameFigures_WhileAnotherScopeCommits()
    {
        await _host.SendAsync(new RegisterStudentCommand(1));
        await _host.SendAsync(AddMessageCommand.FromStudent(1, "a first message, long enough"));

        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, db) = Resolve(scope);

        int studentsBefore, messagesBefore, studentsAfter, messagesAfter;
        await using (await transactions.BeginSnapshotAsync(CancellationToken.None))
        {
            studentsBefore = await db.Students.CountAsync();
            messagesBefore = await db.Messages.CountAsync();

            await _host.SendAsync(new RegisterStudentCommand(2));
            await _host.SendAsync(AddMessageCommand.FromStudent(2, "another message, long enough"));

            studentsAfter = await db.Students.CountAsync();
            messagesAfter = await db.Messages.CountAsync();
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That((studentsBefore, messagesBefore), Is.EqualTo((1, 1)));
            Assert.That((studentsAfter, messagesAfter), Is.EqualTo((1, 1)), "inside the snapshot");
            Assert.That(await db.Students.CountAsync(), Is.EqualTo(2), "after the snapshot ends");
        }
    }

    [Test]
    public async Task Writes_FromManyScopesInParallel_AreSerialised()
    {
        const int writers = 50;
        await _host.SendAsync(new RegisterStudentCommand(7));

        // Each command reads the student's last sequence and writes the next one: interleaved, two would collide.
        var results = await Task.WhenAll(Enumerable.Range(1, writers).Select(i =>
            Task.Run(() => _host.SendAsync(AddMessageCommand.FromStudent(7, $"parallel message number {i}")))));

        var stored = Database.Column("SELECT Sequence FROM ConversationMessages WHERE StudentId = 7 ORDER BY Sequence");
        var expected = Enumerable.Range(1, writers).Select(i => (long)i).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => r.Sequence).Order(), Is.EqualTo(expected));
            Assert.That(stored.Select(s => long.Parse(s!, CultureInfo.InvariantCulture)), Is.EqualTo(expected));
            Assert.That(Database.Scalar("SELECT LastMessageSequence FROM Students WHERE Id = 7"), Is.EqualTo(writers));
        }
    }

    [Test]
    public async Task AfterCommit_WithNoTransactionOpen_RunsAtOnce()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, _) = Resolve(scope);
        var ran = 0;

        transactions.AfterCommit(() => ran++);

        Assert.That(ran, Is.EqualTo(1));
    }

    [Test]
    public async Task AfterCommit_InsideAWrite_RunsOnceTheCommitIsVisible()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, db) = Resolve(scope);
        var seenByAction = new List<long>();

        await using (var transaction = await transactions.BeginWriteAsync(CancellationToken.None))
        {
            db.Students.Add(Student.Register(1, null, Now));
            await db.SaveChangesAsync(CancellationToken.None);
            transactions.AfterCommit(() => seenByAction.Add(StudentCount()));
            transactions.AfterCommit(() => seenByAction.Add(-1));
            Assert.That(seenByAction, Is.Empty, "not before the commit");
            await transaction.CommitAsync(CancellationToken.None);
        }

        Assert.That(seenByAction, Is.EqualTo(new long[] { 1, -1 }), "after the commit, another connection sees the row; in order");
    }

    [Test]
    public async Task AfterCommit_WhenTheWriteRollsBack_IsDropped()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, _) = Resolve(scope);
        var ran = 0;

        await using (await transactions.BeginWriteAsync(CancellationToken.None))
        {
            transactions.AfterCommit(() => ran++);
        }

        await using (var next = await transactions.BeginWriteAsync(CancellationToken.None))
        {
            await next.CommitAsync(CancellationToken.None);
        }

        Assert.That(ran, Is.Zero);
    }

    [Test]
    public async Task AfterCommit_InANestedWrite_WaitsForTheOuterCommit_AndARolledBackNestedWriteDropsOnlyItsOwn()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, _) = Resolve(scope);
        var ran = new List<string>();

        await using (var outer = await transactions.BeginWriteAsync(CancellationToken.None))
        {
            transactions.AfterCommit(() => ran.Add("outer"));
            await using (var kept = await transactions.BeginWriteAsync(CancellationToken.None))
            {
                transactions.AfterCommit(() => ran.Add("kept"));
                await kept.CommitAsync(CancellationToken.None);
            }

            await using (await transactions.BeginWriteAsync(CancellationToken.None))
            {
                transactions.AfterCommit(() => ran.Add("rolled back"));
            }

            Assert.That(ran, Is.Empty, "a nested commit is the outer owner's to make");
            await outer.CommitAsync(CancellationToken.None);
        }

        Assert.That(ran, Is.EqualTo(new[] { "outer", "kept" }));
    }

    [Test]
    public async Task AfterCommit_WhenAnActionThrows_TheCommitStandsAndTheOthersRun()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var (transactions, db) = Resolve(scope);
        var ran = 0;

        await using (var transaction = await transactions.BeginWriteAsync(CancellationToken.None))
        {
            db.Students.Add(Student.Register(1, null, Now));
            await db.SaveChangesAsync(CancellationToken.None);
            transactions.AfterCommit(() => throw new InvalidOperationException("a broken hook"));
            transactions.AfterCommit(() => ran++);
            await transaction.CommitAsync(CancellationToken.None);
        }

        Assert.That((StudentCount(), ran), Is.EqualTo((1L, 1)));
    }

    private static (IDatabaseTransactions Transactions, ITutorBotDbContext Db) Resolve(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<IDatabaseTransactions>(), scope.ServiceProvider.GetRequiredService<ITutorBotDbContext>());

    private long StudentCount() => Database.Scalar("SELECT COUNT(*) FROM Students");
}

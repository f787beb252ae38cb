using TutorBot.Application.Conversations.GetContext;
using TutorBot.Domain.Conversations;
using TutorBot.Infrastructure.Caching;

namespace TutorBot.Infrastructure.Tests.Caching;

public sealed class ContextCacheTests
{
    private const long Student = 42;
    private const long OtherStudent = 43;

    private ContextCache _cache = null!;

    [SetUp]
    public void CreateCache() => _cache = new ContextCache(500, TimeSpan.FromHours(1));

    [Test]
    public void TryGet_AfterStore_ReturnsTheStoredContext()
    {
        var context = Context(Student, "hello");
        _cache.Store(Student, null, context, _cache.VersionOf(Student));

        Assert.That(_cache.TryGet(Student, null, out var cached) ? cached : null, Is.SameAs(context));
    }

    [Test]
    public void TryGet_WithAnotherLimit_Misses()
    {
        _cache.Store(Student, null, Context(Student, "hello"), _cache.VersionOf(Student));

        Assert.That(_cache.TryGet(Student, 10, out _), Is.False);
    }

    [Test]
    public void Invalidate_ForgetsEveryLimitOfTheStudent_AndNoOtherStudent()
    {
        _cache.Store(Student, null, Context(Student, "hello"), _cache.VersionOf(Student));
        _cache.Store(Student, 10, Context(Student, "hello"), _cache.VersionOf(Student));
        _cache.Store(OtherStudent, null, Context(OtherStudent, "hi"), _cache.VersionOf(OtherStudent));

        _cache.Invalidate(Student);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_cache.TryGet(Student, null, out _), Is.False);
            Assert.That(_cache.TryGet(Student, 10, out _), Is.False);
            Assert.That(_cache.TryGet(OtherStudent, null, out _), Is.True);
        }
    }

    [Test]
    public void Store_OfRowsReadBeforeAnInvalidation_IsDropped()
    {
        // The racy order: the reader takes the version and reads the old rows; the writer commits and invalidates;
        // only then does the reader store what it read.
        var version = _cache.VersionOf(Student);
        var oldRows = Context(Student, "before the write");
        _cache.Invalidate(Student);
        _cache.Store(Student, null, oldRows, version);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_cache.TryGet(Student, null, out _), Is.False);
            Assert.That(_cache.Figures().Size, Is.Zero);
        }
    }

    [Test]
    public void Store_OfRowsReadAfterTheInvalidation_IsKept()
    {
        _cache.Invalidate(Student);
        var version = _cache.VersionOf(Student);
        _cache.Store(Student, null, Context(Student, "after the write"), version);

        Assert.That(_cache.TryGet(Student, null, out _), Is.True);
    }

    [Test]
    public void Figures_CountAnInvalidatedEntryFoundAsAMiss()
    {
        _cache.Store(Student, null, Context(Student, "hello"), _cache.VersionOf(Student));
        _cache.TryGet(Student, null, out _);
        _cache.Invalidate(Student);
        _cache.TryGet(Student, null, out _);

        var figures = _cache.Figures();
        Assert.That((figures.Name, figures.Hits, figures.Misses, figures.Size), Is.EqualTo(("context", 1L, 1L, 0)));
    }

    [Test]
    public void Cache_AtItsBound_EvictsAndCountsIt()
    {
        var cache = new ContextCache(3, TimeSpan.FromHours(1));
        for (long student = 1; student <= 4; student++)
        {
            cache.Store(student, null, Context(student, "hello"), cache.VersionOf(student));
        }

        var figures = cache.Figures();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((figures.Size, figures.Capacity, figures.Evictions), Is.EqualTo((3, 3, 1L)));
            Assert.That(cache.TryGet(1, null, out _), Is.False);
            Assert.That(cache.TryGet(4, null, out _), Is.True);
        }
    }

    [Test]
    public void Cache_TakesItsLifetimeFromTheCacheOptions() =>
        Assert.That(new ContextCache(10, TimeSpan.FromMinutes(3)).TimeToLive, Is.EqualTo(TimeSpan.FromMinutes(3)));

    private static ConversationContextDto Context(long student, string text) =>
        new(student, [new ContextMessageDto(1, 1, MessageRole.User, MessageIntent.Chat, text, new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc))]);
}

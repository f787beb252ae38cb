using TutorBot.Domain.Common;
using TutorBot.Domain.Diagnostics;

namespace TutorBot.Domain.Tests.Diagnostics;

public sealed class CacheReadingTests
{
    private static readonly DateTime Read = new(2026, 11, 29, 14, 3, 12, DateTimeKind.Utc);

    [Test]
    public void Take_KeepsTheNameAndEveryFigure()
    {
        var reading = CacheReading.Take("context", 7, 3, 2, 40, 500, Read);

        Assert.That(
            (reading.Name, reading.Hits, reading.Misses, reading.Evictions, reading.Size, reading.Capacity, reading.ReadAtUtc),
            Is.EqualTo(("context", 7L, 3L, 2L, 40, 500, Read)));
    }

    [Test]
    public void Take_WithAllFiguresZero_IsAccepted()
    {
        var reading = CacheReading.Take("model-responses", 0, 0, 0, 0, 0, Read);

        Assert.That((reading.Hits, reading.Misses, reading.Evictions, reading.Size, reading.Capacity), Is.EqualTo((0L, 0L, 0L, 0, 0)));
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\t\n")]
    public void Take_WithABlankName_IsRefused(string name)
    {
        Assert.That(() => CacheReading.Take(name, 1, 1, 0, 1, 10, Read), Throws.TypeOf<DomainException>().With.Message.Contains("name"));
    }

    [Test]
    public void Take_WithANameLongerThanTheColumn_IsRefused()
    {
        var name = new string('c', CacheReading.MaxNameLength + 1);

        Assert.That(() => CacheReading.Take(name, 1, 1, 0, 1, 10, Read), Throws.TypeOf<DomainException>());
        Assert.That(CacheReading.Take(name[1..], 1, 1, 0, 1, 10, Read).Name, Has.Length.EqualTo(CacheReading.MaxNameLength));
    }

    [TestCase(-1, 0, 0, 0, 0)]
    [TestCase(0, -1, 0, 0, 0)]
    [TestCase(0, 0, -1, 0, 0)]
    [TestCase(0, 0, 0, -1, 0)]
    [TestCase(0, 0, 0, 0, -1)]
    public void Take_WithANegativeFigure_IsRefused(long hits, long misses, long evictions, int size, int capacity)
    {
        Assert.That(() => CacheReading.Take("context", hits, misses, evictions, size, capacity, Read), Throws.TypeOf<DomainException>());
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Take_WithATimeThatIsNotUtc_IsRefused(DateTimeKind kind)
    {
        Assert.That(() => CacheReading.Take("context", 1, 1, 0, 1, 10, DateTime.SpecifyKind(Read, kind)), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void Update_ReplacesEveryFigure_AndKeepsTheName()
    {
        var reading = CacheReading.Take("context", 7, 3, 2, 40, 500, Read);

        reading.Update(9, 4, 5, 41, 600, Read.AddSeconds(15));

        Assert.That(
            (reading.Name, reading.Hits, reading.Misses, reading.Evictions, reading.Size, reading.Capacity, reading.ReadAtUtc),
            Is.EqualTo(("context", 9L, 4L, 5L, 41, 600, Read.AddSeconds(15))));
    }

    [TestCase(-1, 0, 0, 0, 0)]
    [TestCase(0, -1, 0, 0, 0)]
    [TestCase(0, 0, -1, 0, 0)]
    [TestCase(0, 0, 0, -1, 0)]
    [TestCase(0, 0, 0, 0, -1)]
    public void Update_WithANegativeFigure_IsRefused_AndChangesNothing(long hits, long misses, long evictions, int size, int capacity)
    {
        var reading = CacheReading.Take("context", 7, 3, 2, 40, 500, Read);

        Assert.That(() => reading.Update(hits, misses, evictions, size, capacity, Read.AddSeconds(15)), Throws.TypeOf<DomainException>());
        AssertUnchanged(reading);
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Update_WithATimeThatIsNotUtc_IsRefused_AndChangesNothing(DateTimeKind kind)
    {
        var reading = CacheReading.Take("context", 7, 3, 2, 40, 500, Read);

        Assert.That(() => reading.Update(9, 4, 5, 41, 600, DateTime.SpecifyKind(Read.AddSeconds(15), kind)), Throws.TypeOf<DomainException>());
        AssertUnchanged(reading);
    }

    private static void AssertUnchanged(CacheReading reading) =>
        Assert.That(
            (reading.Hits, reading.Misses, reading.Evictions, reading.Size, reading.Capacity, reading.ReadAtUtc),
            Is.EqualTo((7L, 3L, 2L, 40, 500, Read)));
}

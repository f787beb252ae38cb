namespace TutorBot.PerfReport.Tests;

public class ChangeTests
{
    [Test]
    public void Between_ExactlyTwentyPercentSlower_IsWorseButNotFlagged()
    {
        var change = Change.Between(120, 100, higherIsBetter: false);

        Assert.That(change, Is.EqualTo(new Change(20, IsWorse: true)));
        Assert.That(change!.Value.IsFlagged, Is.False);
    }

    [Test]
    public void Between_TwentyPointZeroOnePercentSlower_IsFlagged()
    {
        var change = Change.Between(120.01, 100, higherIsBetter: false);

        Assert.That(change, Is.EqualTo(new Change(20.01, IsWorse: true)));
        Assert.That(change!.Value.IsFlagged, Is.True);
    }

    [Test]
    public void Between_ThroughputExactlyTwentyPercentLower_IsWorseButNotFlagged()
    {
        var change = Change.Between(800, 1000, higherIsBetter: true);

        Assert.That(change, Is.EqualTo(new Change(-20, IsWorse: true)));
        Assert.That(change!.Value.IsFlagged, Is.False);
    }

    [Test]
    public void Between_ThroughputTwentyPointZeroOnePercentLower_IsFlagged()
    {
        var change = Change.Between(799.9, 1000, higherIsBetter: true);

        Assert.That(change!.Value.IsFlagged, Is.True);
    }

    [Test]
    public void Between_MuchFaster_IsBetterAndNotFlagged()
    {
        var change = Change.Between(50, 100, higherIsBetter: false);

        Assert.That(change, Is.EqualTo(new Change(-50, IsWorse: false)));
        Assert.That(change!.Value.IsFlagged, Is.False);
    }

    [Test]
    public void Between_MuchHigherThroughput_IsBetter()
    {
        Assert.That(Change.Between(1500, 1000, higherIsBetter: true), Is.EqualTo(new Change(50, IsWorse: false)));
    }

    [TestCase(null)]
    [TestCase(0.0)]
    public void Between_WithoutAUsablePrevious_IsNothing(double? previous)
    {
        Assert.That(Change.Between(100, previous, higherIsBetter: false), Is.Null);
    }
}

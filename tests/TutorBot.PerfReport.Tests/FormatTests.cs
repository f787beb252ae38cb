namespace TutorBot.PerfReport.Tests;

public class FormatTests
{
    [TestCase(53.24, "53.2 ns")]
    [TestCase(4323.0, "4.32 µs")]
    [TestCase(793_200.0, "793 µs")]
    [TestCase(1_234_000.0, "1.23 ms")]
    public void Value_OfABenchmarkMedian_HasThreeSignificantDigitsInItsUnit(double nanoseconds, string expected)
    {
        Assert.That(Format.Value(FigureUnit.Nanoseconds, nanoseconds), Is.EqualTo(expected));
    }

    [TestCase(FigureUnit.Milliseconds, 23.94, "23.9 ms")]
    [TestCase(FigureUnit.Milliseconds, 2803.9, "2.80 s")]
    [TestCase(FigureUnit.PerSecond, 1178.4, "1,178/s")]
    [TestCase(FigureUnit.PerSecond, 29.43, "29.4/s")]
    public void Value_OfALoadFigure(FigureUnit unit, double value, string expected)
    {
        Assert.That(Format.Value(unit, value), Is.EqualTo(expected));
    }

    [Test]
    public void Change_PastTheThreshold_IsFlagged()
    {
        Assert.That(Format.Change(new Change(27.3, IsWorse: true)), Is.EqualTo("⚠ 27.3 % worse"));
    }

    [Test]
    public void Change_AtTheThreshold_IsWorseWithoutFlag()
    {
        Assert.That(Format.Change(new Change(20, IsWorse: true)), Is.EqualTo("20 % worse"));
    }

    [Test]
    public void Change_ForTheBetter_SaysSo()
    {
        Assert.That(Format.Change(new Change(-3.14, IsWorse: false)), Is.EqualTo("3.14 % better"));
    }

    [Test]
    public void Change_WithoutPrevious_IsADash()
    {
        Assert.That(Format.Change(null), Is.EqualTo("—"));
    }
}

using TutorBot.Host.Cli.Output;

namespace TutorBot.Host.Tests.Cli.Output;

/// <summary>Percentages in admin tables: one decimal, cut rather than rounded, so a failing 59.99 never reads as 60.</summary>
public sealed class TableTextTests
{
    [TestCase("59.99", "59.9 %")]
    [TestCase("60", "60.0 %")]
    [TestCase("89.5", "89.5 %")]
    [TestCase("89.99999", "89.9 %")]
    [TestCase("66.666666666666666666666666667", "66.6 %")]
    [TestCase("100", "100.0 %")]
    [TestCase("0", "0.0 %")]
    public void Percent_CutsToOneDecimal(string percentage, string expected)
    {
        Assert.That(TableText.Percent(decimal.Parse(percentage, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [Test]
    public void Percent_OfNothing_IsADash()
    {
        Assert.That(TableText.Percent((decimal?)null), Is.EqualTo("—"));
    }

    [TestCase("0.5999", "59.9 %")]
    [TestCase("1", "100.0 %")]
    [TestCase("0", "0.0 %")]
    public void Share_IsShownAsACutPercentage(string share, string expected)
    {
        Assert.That(TableText.Share(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [Test]
    public void Share_OfNothing_IsADash()
    {
        Assert.That(TableText.Share(null), Is.EqualTo("—"));
    }
}

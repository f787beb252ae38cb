namespace TutorBot.PerfReport.Tests;

public class MarkdownReportTests
{
    [Test]
    public void Render_PutsBaselineRatioOldBotPreviousAndChangeInTheBenchmarkRow()
    {
        var block = MarkdownReport.Render(Samples.Run(), Samples.Previous(addMessage: 780_000, throughput: 1000));

        Assert.That(block, Does.Contain("| AddMessage, full pipeline | 960 µs | 160 µs | 6.00× | ~8 ms | 780 µs | ⚠ 23.08 % worse |\n"));
    }

    [Test]
    public void Render_PutsOldBotPreviousAndChangeInTheLoadRow()
    {
        var block = MarkdownReport.Render(Samples.Run(), Samples.Previous(addMessage: 780_000, throughput: 1000));

        Assert.That(block, Does.Contain("| (a) limits off, all at once | throughput | 1,100/s | 1,000 ops in < 2 s | 1,000/s | 10 % better |\n"));
    }

    [Test]
    public void Render_NamesTheFlaggedFiguresAtTheTop()
    {
        var block = MarkdownReport.Render(Samples.Run(), Samples.Previous(addMessage: 780_000, throughput: 1000));

        Assert.That(block, Does.Contain("⚠ **1 figure(s) more than 20 % worse than the previous results**: AddMessage, full pipeline."));
    }

    [Test]
    public void Render_ListsEachLoadRunsRefusals()
    {
        var run = Samples.Run() with { LoadOutcomes = [new("(a) limits off", 0), new("(c) limits on", 0)] };

        var block = MarkdownReport.Render(run, previous: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(block, Does.Contain("429 refusals from the fake Bot API (it enforces Telegram's limits only with `--limits on`): (a) limits off 0 · (c) limits on 0.\n"));
            Assert.That(block, Does.Not.Contain("⚠"));
        }
    }

    [Test]
    public void Render_WhenTheFakeRefusedMessages_FlagsItAtTheTop()
    {
        var run = Samples.Run() with { LoadOutcomes = [new("(a) limits off", 0), new("(c) limits on", 3)] };

        var block = MarkdownReport.Render(run, Samples.Previous(addMessage: 960_000, throughput: 1100));

        Assert.That(block, Does.Contain("⚠ **The fake Bot API refused messages with 429**, so the bot broke Telegram's limits: 3 in (c) limits on.\n"));
    }

    [Test]
    public void Render_WhenNothingIsMuchWorse_SaysSo()
    {
        var block = MarkdownReport.Render(Samples.Run(), Samples.Previous(addMessage: 800_000, throughput: 1000));

        Assert.That(block, Does.Contain("No figure is more than 20 % worse than the previous results."));
    }

    [Test]
    public void Render_WithoutPreviousResults_ShowsDashes()
    {
        var block = MarkdownReport.Render(Samples.Run(), previous: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(block, Does.Contain("| AddMessage, full pipeline | 960 µs | 160 µs | 6.00× | ~8 ms | — | — |\n"));
            Assert.That(block, Does.Contain("Previous results: none yet"));
            Assert.That(block, Does.Not.Contain("worse than the previous results"));
        }
    }

    [Test]
    public void Render_HasTheMachineAndDate()
    {
        var block = MarkdownReport.Render(Samples.Run(), previous: null);

        Assert.That(block, Does.Contain("2025-06-01 12:00 UTC · 2 cores (AMD EPYC 7763) · Debian GNU/Linux 12 (bookworm) · .NET 10.0.12 · load average 2.48 at the start."));
    }

    [Test]
    public void Render_IsOneMarkedBlock()
    {
        var block = MarkdownReport.Render(Samples.Run(), previous: null);

        Assert.That(block, Does.StartWith(MarkerBlock.Start + "\n").And.EndWith("\n" + MarkerBlock.End));
    }

    [Test]
    public void Render_QuickRun_SaysItIsNotForComparisonAndShowsTheQuickCommands()
    {
        var block = MarkdownReport.Render(Samples.Run(quick: true), previous: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(block, Does.Contain("Quick run — not for comparison"));
            Assert.That(block, Does.Contain($"`{string.Join(' ', LoadRuns.All[0].QuickArguments)}`"));
        }
    }

    [Test]
    public void Render_FullRun_DoesNotSayQuickAndShowsTheDocumentedCommands()
    {
        var block = MarkdownReport.Render(Samples.Run(), previous: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(block, Does.Not.Contain("not for comparison"));
            Assert.That(block, Does.Contain("`--students 1000 --messages 10 --rate 300`"));
        }
    }

    [Test]
    public void Render_SkippedSteps_SaySo()
    {
        var block = MarkdownReport.Render(Samples.Run(withBenchmarks: false), previous: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(block, Does.Contain("Skipped in this run (`--skip-benchmarks`)."));
            Assert.That(block, Does.Not.Contain("| benchmark | median |"));
            Assert.That(block, Does.Contain("| run | figure | value |"));
        }
    }
}

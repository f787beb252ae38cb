namespace TutorBot.PerfReport.Tests;

public class MarkerBlockTests
{
    private const string NewBlock = MarkerBlock.Start + "\nnew figures\n" + MarkerBlock.End;

    [Test]
    public void Apply_ReplacesOnlyBetweenTheMarkers_KeepingTheRestByteForByte()
    {
        const string Before = "# Benchmarks\r\n\r\n";
        const string After = "\n\n## Results\n\nHand-written  analysis, trailing spaces   \n| a | b |\n\t— µs ⚠\n";
        var document = Before + MarkerBlock.Start + "\nold figures\nmore old\n" + MarkerBlock.End + After;

        var result = MarkerBlock.Apply(document, NewBlock);

        Assert.That(result, Is.EqualTo(Before + NewBlock + After));
    }

    [Test]
    public void Apply_WithoutMarkers_InsertsTheBlockAfterTheTitle_KeepingTheRest()
    {
        const string Rest = "\n`tests/TutorBot.Benchmarks` measures…\n";

        var result = MarkerBlock.Apply("# Benchmarks\n" + Rest, NewBlock);

        Assert.That(result, Is.EqualTo("# Benchmarks\n\n" + NewBlock + "\n" + Rest));
    }

    [Test]
    public void Apply_Twice_GivesTheSameDocument()
    {
        var once = MarkerBlock.Apply("# Benchmarks\n\ntext\n", NewBlock);

        Assert.That(MarkerBlock.Apply(once, NewBlock), Is.EqualTo(once));
    }

    [Test]
    public void Apply_WithoutTitle_PutsTheBlockFirst()
    {
        Assert.That(MarkerBlock.Apply("text\n", NewBlock), Is.EqualTo(NewBlock + "\n\ntext\n"));
    }

    [TestCase(MarkerBlock.Start + "\nno end\n")]
    [TestCase("no start\n" + MarkerBlock.End)]
    [TestCase(MarkerBlock.End + "\nreversed\n" + MarkerBlock.Start)]
    [TestCase(MarkerBlock.Start + MarkerBlock.End + MarkerBlock.Start + MarkerBlock.End)]
    public void Apply_WithBrokenMarkers_Throws(string document)
    {
        Assert.That(() => MarkerBlock.Apply(document, NewBlock), Throws.TypeOf<InvalidDataException>());
    }
}

namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

public sealed class CourseSearchConcurrencyTests
{
    private static readonly string[] Questions =
    [
        "how do I turn 3/4 into a percent?",
        "what does squared mean",
        "why is minus times minus plus",
        "how do I get x on its own",
        "which do I do first, times or plus?",
        "dividing fractions",
        "NEAR( \" *",
        "what is the weather like",
    ];

    [Test]
    public async Task Search_FromEightTasksAtOnce_ReturnsWhatItReturnsOneAtATime()
    {
        var search = ShippedCourse.Search;
        var expected = Questions.Select(q => search.Search(q, 5)).ToArray();

        var tasks = Enumerable.Range(0, 8).Select(task => Task.Run(() =>
        {
            var mismatches = new List<string>();
            for (var i = 0; i < 200; i++)
            {
                // Each task walks the questions from its own start, so different questions really do overlap.
                var q = (task + i) % Questions.Length;
                if (!search.Search(Questions[q], 5).SequenceEqual(expected[q]))
                {
                    mismatches.Add(Questions[q]);
                }
            }

            return mismatches;
        })).ToArray();
        var results = await Task.WhenAll(tasks);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.SelectMany(r => r), Is.Empty);
            Assert.That(expected.Count(e => e.Count > 0), Is.EqualTo(Questions.Length - 2), "the table searches for something");
        }
    }
}

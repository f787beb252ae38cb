namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

/// <summary>Whatever a student types, the search answers with a list, never an FTS5 syntax error.</summary>
public sealed class CourseSearchHostileInputTests
{
    [TestCase("")]
    [TestCase("   \t\n ")]
    [TestCase("?!.,;:()[]{}")]
    [TestCase("\"")]
    [TestCase("\"\"\"")]
    [TestCase("*")]
    [TestCase("***")]
    [TestCase("'; DROP TABLE passages; --")]
    [TestCase("AND OR NOT")]
    [TestCase("NEAR(")]
    [TestCase("the and of to a in is it")]
    [TestCase("12345 678 9")]
    [TestCase("😀😀😀")]
    [TestCase("\u0301\u0301")]
    [TestCase("asdfghjkl qwertyuiop")]
    public void Search_WithNothingToSearchFor_IsEmpty(string text)
    {
        Assert.That(ShippedCourse.Search.Search(text, 5), Is.Empty);
    }

    [TestCase("fraction\" OR \"decimal")]
    [TestCase("fraction*")]
    [TestCase("NEAR(fraction decimal)")]
    [TestCase("fraction AND OR decimal")]
    [TestCase("title:fraction")]
    [TestCase("{title text}: fraction")]
    [TestCase("-fraction +decimal")]
    [TestCase("fraction'); DELETE FROM passages WHERE ('1'='1")]
    [TestCase("^fraction")]
    [TestCase("fraction'; DROP TABLE passages; --")]
    [TestCase("fractions\0decimals")]
    public void Search_WithFtsSyntaxOrSql_TreatsItAsPlainWords(string text)
    {
        var found = ShippedCourse.Search.Search(text, 5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Is.Not.Empty, "the words in it still count");
            Assert.That(ShippedCourse.Search.Search("fractions", 100), Has.Count.GreaterThan(5), "the index is intact");
        }
    }

    [Test]
    public void Search_AVeryLongQuestion_IsCutNotRejected()
    {
        var text = string.Concat(Enumerable.Repeat("how do I add fractions with different denominators ", 2000));

        Assert.That(ShippedCourse.Search.Search(text, 3)[0].LessonId, Is.EqualTo("fractions"));
    }

    [Test]
    public void Search_RandomCharacters_NeverThrow()
    {
        // Fixed seed: the same thousand strings every run, drawn from the characters FTS5 and SQL treat specially.
        var random = new Random(20261129);
        const string Alphabet = "\"'*^:(){}[]+-.,;!?%/\\ \t\nANDORNTEabcxyz0123456789é×÷–—…\u0301😀\0";
        for (var i = 0; i < 1000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

            Assert.That(() => ShippedCourse.Search.Search(text, 5), Throws.Nothing, text);
        }
    }
}

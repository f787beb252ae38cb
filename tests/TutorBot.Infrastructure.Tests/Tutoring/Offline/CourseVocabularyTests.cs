using TutorBot.Infrastructure.Tutoring.Offline;

namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

public sealed class CourseVocabularyTests
{
    [TestCase("percent", "percentage")]
    [TestCase("%", "percentage")]
    [TestCase("minus", "negative")]
    [TestCase("squared", "exponent")]
    [TestCase("^", "power")]
    [TestCase("proportion", "ratio")]
    [TestCase("solve", "equation")]
    [TestCase("dot", "decimal point")]
    [TestCase("top", "numerator")]
    [TestCase("bottom", "denominator")]
    [TestCase("per cent", "percent")]
    [TestCase("take away", "subtract")]
    [TestCase("below zero", "negative")]
    public void Terms_AWordOfASynonymGroup_AlsoSearchesTheOthers(string question, string synonym)
    {
        Assert.That(SearchQuery.Terms(question), Does.Contain(synonym));
    }

    [Test]
    public void Terms_EverySynonymGroup_ExpandsFromEachOfItsEntriesToAllOfThem()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var group in CourseVocabulary.SynonymGroups)
            {
                foreach (var entry in group)
                {
                    Assert.That(SearchQuery.Terms(entry), Is.SupersetOf(group), entry);
                }
            }
        }
    }

    [Test]
    public void SynonymGroups_HoldNoStopWordAndNoEntryTwice()
    {
        var entries = CourseVocabulary.SynonymGroups.SelectMany(g => g).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries, Is.Unique);
            Assert.That(entries.Where(CourseVocabulary.StopWords.Contains), Is.Empty);
        }
    }

    [Test]
    public void Terms_DropStopWordsNumbersAndStrayLetters_ButKeepTheUnknownX()
    {
        Assert.That(SearchQuery.Terms("What's the value of x in 2 + b = 7, please?"), Is.EqualTo(new[] { "value", "x" }));
    }

    [Test]
    public void Terms_PutTheStudentsOwnWordsBeforeTheirSynonyms()
    {
        Assert.That(SearchQuery.Terms("minus squared"), Is.EqualTo(new[]
        {
            "minus", "squared", "negative", "below zero", "power", "exponent", "cubed", "index", "indices",
        }));
    }

    [Test]
    public void ToFts_QuotesEveryTerm_CountsTheStudentsWordsTwice_AndOrsThem()
    {
        Assert.That(SearchQuery.ToFts("NEAR(\"minus\"* AND"), Is.EqualTo(
            "\"minus\" OR \"minus\" OR \"negative\" OR \"below zero\""));
    }

    [Test]
    public void ToFts_WithOnlyStopWords_IsNull()
    {
        Assert.That(SearchQuery.ToFts("what is it and how do I do it?"), Is.Null);
    }

    [TestCase("percentage", "percentages")]
    [TestCase("minus numbers", "negative-numbers")]
    [TestCase("raise to a power", "exponents")]
    [TestCase("proportion", "ratios")]
    [TestCase("what is the bottom of a fraction", "fractions")]
    public void Search_ASynonymOfTheCoursesWord_FindsItsLesson(string question, string lessonId)
    {
        Assert.That(ShippedCourse.Search.Search(question, 1).Single().LessonId, Is.EqualTo(lessonId));
    }
}

using TutorBot.Application.Tutoring;
using TutorBot.Infrastructure.Tutoring.Offline;

namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

/// <summary>A search already made is answered from the remembered results, which are the same as a fresh search's.</summary>
public sealed class CourseSearchCacheTests
{
    private CourseSearch _search = null!;

    [SetUp]
    public void CreateIndex() => _search = new CourseSearch(ShippedCourse.Course);

    [TearDown]
    public void DisposeIndex() => _search.Dispose();

    [Test]
    public void Search_SameWordsInOtherWording_IsRemembered_AndFindsWhatAFreshIndexFinds()
    {
        var first = _search.Search("Student 17 question 3: how do fractions work?", 8);
        var again = _search.Search("student 4 QUESTION 9 - how do fractions work", 8);

        using var fresh = new CourseSearch(ShippedCourse.Course);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_search.CachedHits, Is.EqualTo(1), "numbers and case do not change the search");
            Assert.That(again, Is.EqualTo(first));
            Assert.That(again, Is.EqualTo(fresh.Search("how do fractions work?", 8)).And.Not.Empty);
        }
    }

    [Test]
    public void Search_OtherWordsOrOtherLimit_IsSearchedApart()
    {
        var four = _search.Search("how do I multiply fractions", 4);
        var two = _search.Search("how do I multiply fractions", 2);
        var other = _search.Search("what is a ratio", 4);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_search.CachedHits, Is.Zero);
            Assert.That(two, Is.EqualTo(four.Take(2)));
            Assert.That(other[0].LessonId, Is.EqualTo("ratios"));
        }
    }

    [Test]
    public void Search_RememberedResults_CannotBeChangedByACaller()
    {
        var first = _search.Search("dividing fractions", 3);

        var best = first[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => ((IList<CoursePassage>)first)[0] = first[1], Throws.TypeOf<NotSupportedException>());
            Assert.That(_search.Search("dividing fractions", 3)[0], Is.EqualTo(best));
        }
    }

    [Test]
    public void Search_WhenToldToRememberNothing_SearchesEachTime_AndFindsTheSame()
    {
        using var forgetful = new CourseSearch(ShippedCourse.Course, remember: false);

        var first = forgetful.Search("dividing fractions", 3);
        var again = forgetful.Search("dividing fractions", 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(forgetful.CachedHits, Is.Zero);
            Assert.That(again, Is.Not.SameAs(first).And.EqualTo(first).And.EqualTo(_search.Search("dividing fractions", 3)));
        }
    }
}

namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

/// <summary>Questions as students ask them, in words the course does not use, each must find the right lesson first.</summary>
public sealed class CourseSearchPhrasingTests
{
    [TestCase("how do I turn 3/4 into a percent?", "percentages")]
    [TestCase("what does squared mean", "exponents")]
    [TestCase("why is minus times minus plus", "negative-numbers")]
    [TestCase("how do I get x on its own", "linear-equations")]
    [TestCase("which do I do first, times or plus?", "order-of-operations")]
    [TestCase("dividing fractions", "fractions")]
    [TestCase("what's the top bit of a fraction called", "fractions")]
    [TestCase("how do you split 30 sweets between two kids 3 to 2", "ratios")]
    [TestCase("where does the dot go when I multiply 0.3 by 0.2", "decimals")]
    [TestCase("how much is a jacket in a 25% off sale", "percentages")]
    [TestCase("what is anything to the power of zero", "exponents")]
    [TestCase("what's BODMAS", "order-of-operations")]
    [TestCase("what are the numbers below zero called", "negative-numbers")]
    [TestCase("what happens when you take away a negative", "negative-numbers")]
    [TestCase("how do I work out the unknown letter", "linear-equations")]
    [TestCase("how do I simplify 12:8", "ratios")]
    [TestCase("0.333 keeps going forever, what is that called", "decimals")]
    [TestCase("how to change a proportion into simplest form", "ratios")]
    [TestCase("how do I expand the brackets in 3(x - 2)", "linear-equations")]
    public void Search_QuestionPhrasedDifferentlyFromTheCourse_FindsTheRightLessonFirst(string question, string lessonId)
    {
        var found = ShippedCourse.Search.Search(question, 5);

        Assert.That(found, Is.Not.Empty);
        Assert.That(found[0].LessonId, Is.EqualTo(lessonId), () => string.Join("\n", found.Select(p => $"{p.LessonId} {p.Kind} {p.ExerciseId} {p.Score:F2}")));
    }
}

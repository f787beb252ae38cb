using TutorBot.Infrastructure.Curriculum;

namespace TutorBot.Infrastructure.Tests.Curriculum;

public sealed class AllProblemsTests
{
    [Test]
    public void Load_WhenSeveralFilesHaveProblems_ReportsEveryProblemOnItsOwnLine()
    {
        using var folder = CourseFolder.Create();
        folder.Write("03-draft.yaml", SampleCourse.Decimals);
        folder.Edit("01-fractions.yaml", "    answer: numerator\n", "");
        folder.Edit("01-fractions.yaml", "points: 20", "points: 500");
        folder.Edit("02-decimals.yaml", "prerequisites: [fractions]", "prerequisites: [algebra]");
        folder.Edit("02-decimals.yaml", "    answer: 0.5", "    answer: half");

        var error = Assert.Throws<CurriculumException>(() => folder.Load())!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Problems, Is.EquivalentTo(new[]
            {
                "course.yaml: \"03-draft.yaml\" is in the course folder but not listed under \"lessons:\"; list it, or move it out of the folder.",
                "01-fractions.yaml: exercise \"simplify\" has points \"500\"; points must be a whole number from 1 to 100 (default 10).",
                "01-fractions.yaml: exercise \"name-the-top\" has no answer.",
                "02-decimals.yaml: exercise \"half\" answer \"half\" is not a number; write it as a decimal like 0.75 (for 1/3 write 0.3333 and a tolerance).",
                "02-decimals.yaml: prerequisite \"algebra\" is not the id of any lesson in this course.",
            }));
            Assert.That(error.Message.Split(Environment.NewLine), Has.Length.EqualTo(1 + error.Problems.Count));
            Assert.That(error.Message, Does.StartWith($"Cannot load the course in '{folder.Path}':"));
        }
    }

    [Test]
    public void Load_WhenOneFileIsNotYamlAndAnotherHasProblems_ReportsBoth()
    {
        using var folder = CourseFolder.Create();
        folder.Write("01-fractions.yaml", "id: [unclosed\n");
        folder.Edit("02-decimals.yaml", "kind: number", "kind: essay");

        var problems = folder.Problems();

        Assert.That(problems, Does.Contain("01-fractions.yaml: line").And.Contain("02-decimals.yaml: exercise \"half\" has an unknown kind"));
    }
}

using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Curriculum;

/// <summary>
/// Loads a course folder (course.yaml and one YAML file per lesson; docs/authoring-lessons.md) into a
/// <see cref="Course"/>, or throws a <see cref="CurriculumException"/> listing every problem found.
/// </summary>
public static class CourseLoader
{
    public const string CourseFileName = "course.yaml";

    public static Course Load(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new CurriculumException(root, ["The folder does not exist. Point Curriculum:Path at a folder that holds a course.yaml."]);
        }

        if (!File.Exists(Path.Combine(root, CourseFileName)))
        {
            throw new CurriculumException(root, [$"{CourseFileName}: not found. A course folder needs a {CourseFileName} with the course's title and its list of lesson files."]);
        }

        var problems = new CourseProblems();
        var courseFile = YamlFileReader.Read<CourseFile>(Path.Combine(root, CourseFileName), FileShape.Course, problems.For(CourseFileName));
        var lessonFiles = courseFile is null ? [] : ListedLessonFiles(root, courseFile, problems.For(CourseFileName));

        var lessons = new List<Lesson>();
        var nodes = new List<LessonNode>();
        foreach (var name in lessonFiles)
        {
            var file = problems.For(name);
            if (YamlFileReader.Read<LessonFile>(Path.Combine(root, name), FileShape.Lesson, file) is not { } lessonFile)
            {
                continue;
            }

            if (LessonReader.Read(lessonFile, file) is { } lesson)
            {
                lessons.Add(lesson);
            }

            // Even a lesson with problems of its own takes part in the checks across lessons, so they are all reported now.
            if (!ExerciseReader.IsBlank(lessonFile.Id))
            {
                var prerequisites = (lessonFile.Prerequisites ?? []).Where(p => !ExerciseReader.IsBlank(p)).Select(p => p!).Distinct().ToList();
                nodes.Add(new LessonNode(name, lessonFile.Id!, prerequisites));
            }
        }

        PrerequisiteChecks.Check(nodes, problems);
        if (problems.All.Count > 0)
        {
            throw new CurriculumException(root, problems.All);
        }

        try
        {
            return new Course(courseFile!.Title!, lessons);
        }
        catch (DomainException e)
        {
            throw new CurriculumException(root, [$"{CourseFileName}: {e.Message}"]);
        }
    }

    /// <returns>The listed lesson files that exist, once each, in the listed order.</returns>
    private static List<string> ListedLessonFiles(string root, CourseFile course, FileProblems problems)
    {
        if (ExerciseReader.IsBlank(course.Title))
        {
            problems.Add("the course has no title.");
        }

        var listed = course.Lessons ?? [];
        if (listed.Count == 0)
        {
            problems.Add("the course lists no lessons; list the lesson files under \"lessons:\" in the order students take them.");
        }

        var files = new List<string>();
        for (var i = 0; i < listed.Count; i++)
        {
            var name = listed[i];
            if (ExerciseReader.IsBlank(name))
            {
                problems.Add($"lesson number {i + 1} is blank; give the lesson's file name.");
            }
            else if (name != Path.GetFileName(name) || name is "." or "..")
            {
                problems.Add($"lesson \"{name}\" must be the name of a file in the course folder itself, like 01-fractions.yaml.");
            }
            else if (files.Contains(name, StringComparer.Ordinal))
            {
                problems.Add($"lesson file \"{name}\" is listed twice.");
            }
            else if (name == CourseFileName || !File.Exists(Path.Combine(root, name)))
            {
                problems.Add($"lesson file \"{name}\" does not exist in the course folder.");
            }
            else
            {
                files.Add(name);
            }
        }

        ReportUnlisted(root, listed, problems);
        return files;
    }

    /// <summary>A lesson file nobody listed would be silently left out of the course: that is a problem too.</summary>
    private static void ReportUnlisted(string root, List<string?> listed, FileProblems courseProblems)
    {
        var unlisted = Directory.EnumerateFiles(root)
            .Select(Path.GetFileName)
            .Where(name => name is not null && name != CourseFileName
                && (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                && !listed.Contains(name))
            .Order(StringComparer.Ordinal);
        foreach (var name in unlisted)
        {
            courseProblems.Add($"\"{name}\" is in the course folder but not listed under \"lessons:\"; list it, or move it out of the folder.");
        }
    }
}

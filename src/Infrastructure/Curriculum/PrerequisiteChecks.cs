namespace TutorBot.Infrastructure.Curriculum;

/// <summary>A lesson file as far as the checks across lessons need it.</summary>
internal sealed record LessonNode(string File, string Id, IReadOnlyList<string> Prerequisites);

/// <summary>
/// The checks that need every lesson: unique ids, prerequisites that exist, and no cycle (a lesson may depend
/// on a later one, as long as that does not make it depend on itself).
/// </summary>
internal static class PrerequisiteChecks
{
    public static void Check(IReadOnlyList<LessonNode> lessons, CourseProblems problems)
    {
        var byId = new Dictionary<string, LessonNode>(StringComparer.Ordinal);
        foreach (var lesson in lessons)
        {
            if (!byId.TryAdd(lesson.Id, lesson))
            {
                problems.For(lesson.File).Add($"lesson id \"{lesson.Id}\" is already used by {byId[lesson.Id].File}; each lesson needs its own id.");
            }
        }

        foreach (var lesson in lessons)
        {
            foreach (var unknown in lesson.Prerequisites.Where(p => !byId.ContainsKey(p)))
            {
                problems.For(lesson.File).Add($"prerequisite \"{unknown}\" is not the id of any lesson in this course.");
            }
        }

        foreach (var cycle in FindCycles(byId))
        {
            var files = string.Join(", ", cycle.SkipLast(1).Select(id => byId[id].File));
            problems.Add($"{files}: the prerequisites form a cycle, so these lessons could never be unlocked: {string.Join(" → ", cycle)}.");
        }
    }

    /// <returns>Each cycle once, as ids from a lesson back to itself, e.g. [a, b, a].</returns>
    private static List<List<string>> FindCycles(Dictionary<string, LessonNode> byId)
    {
        var cycles = new List<List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string id)
        {
            path.Add(id);
            foreach (var next in byId[id].Prerequisites.Where(byId.ContainsKey))
            {
                var onPath = path.IndexOf(next);
                if (onPath >= 0)
                {
                    var cycle = path.Skip(onPath).Append(next).ToList();
                    if (seen.Add(string.Join(" ", cycle.Skip(1).Order(StringComparer.Ordinal))))
                    {
                        cycles.Add(cycle);
                    }
                }
                else if (!done.Contains(next))
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            done.Add(id);
        }

        foreach (var id in byId.Keys.Where(id => !done.Contains(id)))
        {
            Visit(id);
        }

        return cycles;
    }
}

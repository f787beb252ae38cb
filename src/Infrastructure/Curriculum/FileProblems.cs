namespace TutorBot.Infrastructure.Curriculum;

/// <summary>The problems found in a whole course; each added through a view that prefixes its file's name.</summary>
internal sealed class CourseProblems
{
    private readonly List<string> _all = [];

    public IReadOnlyList<string> All => _all;

    public FileProblems For(string file) => new(file, _all);

    public void Add(string problem) => _all.Add(problem);
}

/// <summary>The problems of one file: "02-decimals.yaml: exercise "round-up" has no answer."</summary>
internal sealed class FileProblems(string file, List<string> all)
{
    public int Count { get; private set; }

    public void Add(string problem)
    {
        all.Add($"{file}: {problem}");
        Count++;
    }
}

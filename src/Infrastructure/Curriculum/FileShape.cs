namespace TutorBot.Infrastructure.Curriculum;

internal enum ValueShape
{
    Text,
    TextList,
    MappingList,
}

/// <summary>
/// The keys a mapping in a course file may have and the shape of each value. Checked before deserialising, so
/// that an unknown key or a list where a single value belongs is reported by name and line.
/// </summary>
internal sealed record FileShape(string What, IReadOnlyDictionary<string, ValueShape> Keys, FileShape? Items = null)
{
    public static readonly FileShape Exercise = new("an exercise", new Dictionary<string, ValueShape>
    {
        ["id"] = ValueShape.Text,
        ["kind"] = ValueShape.Text,
        ["prompt"] = ValueShape.Text,
        ["options"] = ValueShape.TextList,
        ["answer"] = ValueShape.Text,
        ["accept"] = ValueShape.TextList,
        ["tolerance"] = ValueShape.Text,
        ["forms"] = ValueShape.TextList,
        ["hint"] = ValueShape.Text,
        ["explanation"] = ValueShape.Text,
        ["points"] = ValueShape.Text,
    });

    public static readonly FileShape Lesson = new("a lesson file", new Dictionary<string, ValueShape>
    {
        ["id"] = ValueShape.Text,
        ["title"] = ValueShape.Text,
        ["prerequisites"] = ValueShape.TextList,
        ["explanation"] = ValueShape.Text,
        ["example"] = ValueShape.Text,
        ["exercises"] = ValueShape.MappingList,
    }, Exercise);

    public static readonly FileShape Course = new("course.yaml", new Dictionary<string, ValueShape>
    {
        ["title"] = ValueShape.Text,
        ["lessons"] = ValueShape.TextList,
    });

    public string KeyList => string.Join(", ", Keys.Keys);
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TutorBot.Infrastructure.Curriculum;

/// <summary>Reads one course file into its DTO, adding a problem (with the line) for anything that is not well formed.</summary>
internal static class YamlFileReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <returns>The file's content, or null when it could not be read (the problems say why).</returns>
    public static T? Read<T>(string path, FileShape shape, FileProblems problems)
        where T : class
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"cannot be read: {e.Message}");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add($"{At(e.Start)}YAML syntax error: {e.Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.Add("the file is empty.");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add($"{At(stream.Documents[1].RootNode.Start)}the file holds more than one YAML document (a second '---'); keep one per file.");
            return null;
        }

        var before = problems.Count;
        CheckMapping(stream.Documents[0].RootNode, shape, problems);
        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            return Deserializer.Deserialize<T>(text);
        }
        catch (YamlException e)
        {
            problems.Add($"{At(e.Start)}{e.InnerException?.Message ?? e.Message}");
            return null;
        }
    }

    private static void CheckMapping(YamlNode node, FileShape shape, FileProblems problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add($"{At(node.Start)}{shape.What} must be a set of keys like \"title: ...\", not {Describe(node)}.");
            return;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!shape.Keys.TryGetValue(key, out var expected))
            {
                problems.Add($"{At(keyNode.Start)}unknown key \"{key}\" in {shape.What}; the keys are {shape.KeyList}.");
                continue;
            }

            CheckValue(key, value, expected, shape, problems);
        }
    }

    private static void CheckValue(string key, YamlNode value, ValueShape expected, FileShape shape, FileProblems problems)
    {
        // An empty value ("hint:") is null: the same as leaving the key out.
        if (value is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain })
        {
            return;
        }

        switch (expected)
        {
            case ValueShape.Text when value is not YamlScalarNode:
                problems.Add($"{At(value.Start)}\"{key}\" must be a single value, not {Describe(value)}.");
                break;
            case ValueShape.TextList or ValueShape.MappingList when value is not YamlSequenceNode:
                problems.Add($"{At(value.Start)}\"{key}\" must be a list, like [a, b] or lines starting with '- ', not {Describe(value)}.");
                break;
            case ValueShape.TextList:
                foreach (var item in ((YamlSequenceNode)value).Children.Where(item => item is not YamlScalarNode))
                {
                    problems.Add($"{At(item.Start)}each entry of \"{key}\" must be a single value, not {Describe(item)}.");
                }

                break;
            case ValueShape.MappingList:
                foreach (var item in ((YamlSequenceNode)value).Children)
                {
                    CheckMapping(item, shape.Items!, problems);
                }

                break;
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of keys",
        _ => "a single value",
    };

    private static string At(Mark mark) => $"line {mark.Line}, column {mark.Column}: ";
}

using System.CommandLine.Parsing;
using System.Globalization;

namespace TutorBot.Host.Cli;

/// <summary>One parser for every student id on the command line, with an error that says what is expected.</summary>
internal static class StudentIdParsing
{
    public static long Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        result.AddError($"'{token}' is not a student id: use a positive whole number, like 7.");
        return 0;
    }
}

using TutorBot.Testing;

namespace TutorBot.Infrastructure.Tests;

/// <summary>Reads that bypass EF Core, to see what is really in the file.</summary>
internal static class RawQueries
{
    /// <summary>The first column of every row, as text (null stays null).</summary>
    public static List<string?> Column(this TestDatabase database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string?>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }

        return values;
    }
}

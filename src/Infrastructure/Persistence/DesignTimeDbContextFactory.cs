using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TutorBot.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TutorBotDbContext>
{
    public TutorBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TutorBotDbContext>().UseSqlite(DatabaseOptions.DefaultConnectionString).Options);
}

using TutorBot.Application.Common.Interfaces;

namespace TutorBot.Infrastructure.Caching;

/// <summary>A bounded cache that <see cref="CacheFigures"/> reports: every one registers itself as this.</summary>
internal interface IReportedCache
{
    CacheFiguresDto Figures();
}

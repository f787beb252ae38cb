using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Students.ListStudents;

/// <summary>Every student, by id.</summary>
public sealed record ListStudentsQuery : IQuery<IReadOnlyList<StudentActivityDto>>;

internal sealed class ListStudentsQueryHandler(ITutorBotDbContext db)
    : IRequestHandler<ListStudentsQuery, IReadOnlyList<StudentActivityDto>>
{
    public async Task<IReadOnlyList<StudentActivityDto>> Handle(ListStudentsQuery request, CancellationToken cancellationToken) =>
        await db.Students
            .AsNoTracking()
            .OrderBy(s => s.Id)
            .Select(StudentActivityDto.From(db.Messages))
            .ToListAsync(cancellationToken);
}

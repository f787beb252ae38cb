using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Students.GetStudentStats;

/// <summary>One student's figures: what the student sees with /stats.</summary>
public sealed record GetStudentStatsQuery(long StudentId) : IQuery<StudentActivityDto>;

internal sealed class GetStudentStatsQueryHandler(ITutorBotDbContext db)
    : IRequestHandler<GetStudentStatsQuery, StudentActivityDto>
{
    public async Task<StudentActivityDto> Handle(GetStudentStatsQuery request, CancellationToken cancellationToken) =>
        await db.Students
            .AsNoTracking()
            .Where(s => s.Id == request.StudentId)
            .Select(StudentActivityDto.From(db.Messages))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Student", request.StudentId);
}

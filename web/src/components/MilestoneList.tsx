import type { Milestone } from "../api/types";
import { formatDate } from "../labels";

export function MilestoneList({ milestones }: { milestones: Milestone[] }) {
  if (milestones.length === 0) return <p class="muted">Er zijn geen mijlpalen vastgelegd.</p>;
  return (
    <ul class="milestones" data-testid="measure-milestones">
      {milestones.map((milestone, index) => (
        <li key={index} class={milestone.done ? "milestone-done" : "milestone-open"}>
          <span class="milestone-mark" aria-hidden="true">
            {milestone.done ? "✓" : "○"}
          </span>
          <span>
            <strong>{milestone.title}</strong>
            <span class="muted">
              {` · ${formatDate(milestone.dueDate)} · `}
              {milestone.done ? "gedaan" : "nog open"}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

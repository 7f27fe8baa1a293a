// The skills tag input's rules: what typing "sql, Python" and Enter (or a comma) adds to the
// list, with the model's limits (20 skills, 40 characters each). What cannot be added stays in
// the text box with the reason, so nothing typed disappears.

/** The most skills a gig lists (the model's limit). */
export const MAX_SKILLS = 20;
/** The longest skill (the model's limit). */
export const MAX_SKILL_LENGTH = 40;

/** Why some of the typed text was not added. */
export type SkillRefusal = 'full' | 'long' | 'duplicate';

/** The list after adding, what is left in the text box, and why. */
export interface SkillsAdded {
  skills: string[];
  rest: string;
  refused?: SkillRefusal;
}

/**
 * Adds the comma-separated skills in `text` to `skills`: trimmed, inner spaces collapsed, a
 * skill already listed (in any case) once only. Skills that do not fit (the list is full, or
 * longer than {@link MAX_SKILL_LENGTH}) stay in `rest`.
 *
 * @example
 * ```ts
 * addSkills(['sql'], 'Python,  data  viz, SQL'); // { skills: ['sql', 'Python', 'data viz'], rest: '', refused: 'duplicate' }
 * ```
 */
export function addSkills(skills: readonly string[], text: string): SkillsAdded {
  const list = [...skills];
  const seen = new Set(list.map((skill) => skill.toLowerCase()));
  const left: string[] = [];
  let refused: SkillRefusal | undefined;
  for (const piece of text.split(',')) {
    const skill = piece.trim().replace(/\s+/g, ' ');
    if (!skill) continue;
    if (seen.has(skill.toLowerCase())) {
      refused ??= 'duplicate';
    } else if (skill.length > MAX_SKILL_LENGTH) {
      left.push(skill);
      refused = 'long';
    } else if (list.length >= MAX_SKILLS) {
      left.push(skill);
      refused = 'full';
    } else {
      list.push(skill);
      seen.add(skill.toLowerCase());
    }
  }
  return { skills: list, rest: left.join(', '), ...(refused ? { refused } : {}) };
}

/**
 * The list without the skill at `index`.
 *
 * @example
 * ```ts
 * removeSkill(['sql', 'python'], 0); // ['python']
 * ```
 */
export function removeSkill(skills: readonly string[], index: number): string[] {
  return skills.filter((_, i) => i !== index);
}

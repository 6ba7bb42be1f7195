/** A criteria framework's labels without its criteria: what choosing and naming a unit needs. */
import type { Framework } from './framework-schema';

export interface FrameworkEntry {
  id: string;
  qualification: string;
  level: Framework['level'];
  unit: { code?: string | undefined; title: string };
}

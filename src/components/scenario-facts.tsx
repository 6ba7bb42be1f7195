// The at-a-glance facts about a scenario (channel, difficulty, length), each as an icon plus words.
import { ClockIcon, LevelIcon, PersonIcon, PhoneIcon } from './icons';
import './scenario-facts.css';

export type ChannelName = 'face-to-face' | 'telephone';
export type DifficultyName = 'introductory' | 'intermediate' | 'advanced';

export const channelWords: Record<ChannelName, string> = {
  'face-to-face': 'Face to face',
  telephone: 'Telephone',
};
export const difficultyWords: Record<DifficultyName, string> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};
const levels: Record<DifficultyName, 1 | 2 | 3> = { introductory: 1, intermediate: 2, advanced: 3 };

export const minutesWords = (minutes: number) =>
  `About ${minutes} minute${minutes === 1 ? '' : 's'}`;

interface Props {
  channel: ChannelName;
  difficulty: DifficultyName;
  minutes: number;
}

export function ScenarioFacts({ channel, difficulty, minutes }: Props) {
  return (
    <dl className="scenario-facts">
      <div>
        <dt className="visually-hidden">Channel</dt>
        <dd>
          {channel === 'telephone' ? <PhoneIcon /> : <PersonIcon />}
          {channelWords[channel]}
        </dd>
      </div>
      <div>
        <dt className="visually-hidden">Difficulty</dt>
        <dd>
          <LevelIcon level={levels[difficulty]} />
          {difficultyWords[difficulty]}
        </dd>
      </div>
      <div>
        <dt className="visually-hidden">Length</dt>
        <dd>
          <ClockIcon />
          {minutesWords(minutes)}
        </dd>
      </div>
    </dl>
  );
}

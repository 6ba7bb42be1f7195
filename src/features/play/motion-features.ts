// The animation features framer-motion needs, in their own chunk: loaded after the first paint.
import { domAnimation } from 'framer-motion';

export default domAnimation;

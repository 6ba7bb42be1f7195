// Where a verified log is reviewed: by its seal hash, which names exactly that file.
export const reviewHref = (sealHash: string): string => `#/assess/review/${sealHash}`;

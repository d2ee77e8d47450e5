import type { ReactNode } from 'react';
import { starFills } from './reviewRules';
import './reviews.css';

interface StarRatingProps {
  /** 0 to 5, drawn to the nearest half star. */
  rating: number;
  /** What the stars say to screen readers: "Rated 4.5 out of 5 from 12 reviews". */
  label: string;
  /** The rating in figures beside the stars, for the eyes: `label` already says it. */
  children?: ReactNode;
}

/** A rating as five stars, one image named by its label. */
export function StarRating({ rating, label, children }: StarRatingProps) {
  return (
    <span role="img" aria-label={label} className="reviews-stars">
      {starFills(rating).map((fill, index) => (
        <span key={index} className={`reviews-star reviews-star-${fill}`} aria-hidden="true">★</span>
      ))}
      {children}
    </span>
  );
}

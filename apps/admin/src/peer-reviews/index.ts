import RateReviewIcon from '@mui/icons-material/RateReview';
import { PeerReviewList } from './PeerReviewList';

export default { list: PeerReviewList, icon: RateReviewIcon };

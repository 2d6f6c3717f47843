/** "No Fill" reads back as white (office-js #6218); without a fill pattern to tell them apart, white means none. */
export const NO_FILL_READBACK = '#FFFFFF';

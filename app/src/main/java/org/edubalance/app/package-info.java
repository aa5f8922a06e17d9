package org.edubalance.app;
